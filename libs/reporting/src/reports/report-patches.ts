import type { Actor } from '@app/auth';
import {
  Audience,
  mergeParts,
  ReportContent,
  ReportDocument,
  reportFromParts,
  reportParts,
  reportShownTo,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import type { PatchableKind } from '../core/patch-record';
import type { ReportView } from '../views';
import { contentOf, ReportRecords } from './report-records';
import type { ReportKey } from './report.queries';
import { SaveReport } from './save-report';

/** Reports patched part by part: their content is the document, saved like a PUT. */
@Injectable()
export class ReportPatches implements PatchableKind<ReportKey, ReportView, ReportDocument> {
  readonly parts = reportParts;
  readonly fromParts = reportFromParts;
  readonly merge = mergeParts;

  constructor(
    readonly records: ReportRecords,
    private readonly saveReport: SaveReport,
  ) {}

  documentOf(view: ReportView): ReportDocument {
    return contentOf(view);
  }

  documentOfKept(content: unknown, audience: Audience): ReportDocument {
    return contentOf(reportShownTo(content as ReportContent, audience));
  }

  save(actor: Actor, key: ReportKey, document: ReportDocument, expected: number) {
    return this.saveReport.execute(actor, key, document, expected);
  }
}
