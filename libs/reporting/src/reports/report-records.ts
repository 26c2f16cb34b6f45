import type { Actor } from '@app/auth';
import {
  ActionFramework,
  Audience,
  audienceOf,
  changesBetween,
  CommentPart,
  ImplementationStatus,
  RecordParts,
  ReportContent,
  reportParts,
  reportShownTo,
  treatyFlags,
  TreatyStanding,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RECORD_SORT_COLUMNS, RecordFilter, ListSpec } from '../core/list-records';
import type { ListedRow } from '../core/list.queries';
import type { RecordKind } from '../core/record-kind';
import type { ReviewedTable } from '../core/record.queries';
import { reviewedView } from '../core/reviewed-view';
import type { ReportSummaryView, ReportView } from '../views';
import { ActionFrameworks } from './action-frameworks';
import { ReportKey, ReportRow, selectReport } from './report.queries';

export const REPORT_TABLE: ReviewedTable = {
  name: 'report',
  key: ['country_iso3', 'period_code', 'action_code'],
  entityId: 't.id::text',
};

const REPORT_SORT_COLUMNS = {
  ...RECORD_SORT_COLUMNS,
  validatedAt: 't.validated_at',
  action: 't.action_code',
};

/** What a reports list can be sorted by (`-` first for descending). */
export const REPORT_SORTS = Object.keys(REPORT_SORT_COLUMNS);

export interface ReportFilter extends RecordFilter {
  action?: string;
  status?: ImplementationStatus;
}

export const contentOf = (row: ReportContent): ReportContent => ({
  status: row.status,
  narrative: row.narrative,
  sensitivity: row.sensitivity,
  areas: row.areas,
  checklist: row.checklist,
  evidence: row.evidence,
});

/**
 * A report as the API shows it to an actor: its content as far as the sensitivity policy lets
 * them read it, treaty flags, review and what they may do.
 */
export function reportView(
  row: ReportRow,
  framework: ActionFramework,
  standings: ReadonlyMap<string, TreatyStanding>,
  actor: Actor,
): ReportView {
  const content = contentOf(row);
  // Only those who may read the country get this far; the public's level is the fallback.
  const audience = audienceOf(actor, row.country) ?? 'public';
  const { withheld, ...shown } = reportShownTo(content, audience);
  return {
    country: row.country,
    period: row.period,
    action: row.action,
    ...shown,
    withheld,
    flags: treatyFlags(framework, content, standings),
    ...reviewedView(row, row.country, actor),
    changesSinceValidation: row.validated_content
      ? changesBetween(contentOf(reportShownTo(row.validated_content, audience)), shown)
      : null,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}

/** Reports as reviewed records: one per country × period × action. */
@Injectable()
export class ReportRecords implements RecordKind<ReportKey, ReportView> {
  readonly table = REPORT_TABLE;

  constructor(private readonly frameworks: ActionFrameworks) {}

  keyValues(key: ReportKey): string[] {
    return [key.country, key.period, key.action];
  }

  label(key: ReportKey): string {
    return `The report ${key.country}/${key.period}/${key.action}`;
  }

  missing(key: ReportKey): string {
    return `${this.label(key)} does not exist yet.`;
  }

  auditedShownTo(recorded: unknown, audience: Audience): unknown {
    const isContent = typeof recorded === 'object' && recorded !== null && 'narrative' in recorded;
    return isContent ? contentOf(reportShownTo(recorded as ReportContent, audience)) : recorded;
  }

  async content(db: EntityManager, key: ReportKey): Promise<ReportContent | undefined> {
    const row = await selectReport(db, key);
    return row && contentOf(row);
  }

  async view(db: EntityManager, key: ReportKey, actor: Actor): Promise<ReportView | undefined> {
    const row = await selectReport(db, key);
    if (!row) return undefined;
    const framework = await this.frameworks.of(db, key.action);
    const standings = await this.frameworks.standings(
      db,
      framework,
      row.country,
      row.period_ends_on,
    );
    return reportView(row, framework, standings, actor);
  }

  partsOf(content: unknown): RecordParts {
    return reportParts(content as ReportContent);
  }

  async partProblem(
    db: EntityManager,
    key: ReportKey,
    part: CommentPart,
    audience: Audience,
  ): Promise<string | null> {
    if (part.kind === 'checklist') {
      const { items } = await this.frameworks.of(db, key.action);
      return items.includes(part.key!)
        ? null
        : `part.key must be a checklist item of action (${key.action}): ${items.join(', ')}`;
    }
    if (part.kind === 'evidence') {
      // An item withheld from the reviewer is as unknown to them as one that is not there.
      const content = await this.content(db, key);
      const names = Object.keys(this.partsOf(content && reportShownTo(content, audience)));
      return names.includes(`evidence.${part.key}`)
        ? null
        : 'part.key must be the title of an evidence item of the report (a repeated title followed by " (2)", " (3)"…)';
    }
    return null;
  }
}

interface ReportListRow extends ListedRow {
  action: string;
  status: ImplementationStatus;
}

/** How reports are listed: by action and status too. */
export const REPORT_LIST: ListSpec<ReportFilter, ReportListRow, ReportSummaryView> = {
  table: REPORT_TABLE,
  columns: 't.action_code::text AS action, t.status',
  sortColumns: REPORT_SORT_COLUMNS,
  where: (conditions, filter) =>
    conditions
      .when(filter.action, (p) => `t.action_code = ${p}`)
      .when(filter.status, (p) => `t.status = ${p}`),
  item: (row) => ({ action: row.action, status: row.status }),
};
