import type { Actor } from '@app/auth';
import { ACCESS_DENIED, mayAccessCountry } from '@app/domain';
import type { IndicatorDocument, ReportDraft } from '@app/domain';
import {
  IndicatorSetRecords,
  RecordKey,
  RecordKind,
  ReportRecords,
  SaveIndicatorValues,
  SaveReport,
  TransitionRecord,
} from '@app/reporting';
import { Conflict, Problem } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ImportResult, RecordPreview } from './import-types';
import { selectImport, storeResult } from './imports.queries';
import { ImportView, importView, visibleImport } from './import-view';

/**
 * Writes the accepted records of a preview (reports, indicator values) as drafts, in one transaction, through the same save
 * as PUT (audit events, outbox messages). Each save checks the version the file was made from:
 * a record saved since is refused and listed, never overwritten. A second apply finds the import
 * applied and writes nothing.
 */
@Injectable()
export class ApplyImport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly saveReport: SaveReport,
    private readonly transitions: TransitionRecord,
    private readonly reports: ReportRecords,
    private readonly saveValues: SaveIndicatorValues,
    private readonly indicatorSets: IndicatorSetRecords,
  ) {}

  async execute(actor: Actor, id: string): Promise<ImportView> {
    return this.dataSource.transaction(async (db) => {
      const row = visibleImport(actor, await selectImport(db, id, 'lock'), id);
      if (row.state === 'applied') return importView(row);
      if (row.state !== 'previewed')
        throw new Conflict(`Import ${id} is ${row.state}: only a preview can be applied.`);
      const result: ImportResult = { written: [], conflicts: [] };
      for (const record of row.preview!.records) {
        if (!record.draft) continue;
        const name = {
          kind: record.kind,
          country: record.country,
          period: record.period,
          action: record.action,
        };
        // The scope of whoever applies, now: it may have shrunk since the upload.
        if (!mayAccessCountry(actor, 'write', name.country)) {
          result.conflicts.push({ ...name, message: `${ACCESS_DENIED.write} ${name.country}.` });
          continue;
        }
        try {
          const version = await this.write(db, actor, record);
          result.written.push({ ...name, version });
        } catch (error) {
          // A refusal (a version, a state, a closed period) is decided before anything is written.
          if (!(error instanceof Problem)) throw error;
          result.conflicts.push({ ...name, message: error.message });
        }
      }
      await storeResult(db, id, result);
      return importView((await selectImport(db, id))!);
    });
  }

  /** Saves the record's content if it changed, then submits it if the file asked: its version. */
  private async write(db: EntityManager, actor: Actor, record: RecordPreview): Promise<number> {
    const country = record.country;
    const period = record.period;
    let version = record.downloadedVersion ?? undefined;
    const contentChanged = record.changes.some((change) => change.field !== 'state');
    if (record.kind === 'indicator_values') {
      const key = { country, period };
      const { values } = record.draft as IndicatorDocument;
      if (contentChanged)
        version = (await this.saveValues.within(db, actor, key, values, version)).view.version;
      return record.submit ? this.submit(db, actor, this.indicatorSets, key, version) : version!;
    }
    const key = { country, period, action: record.action! };
    if (contentChanged)
      version = (await this.saveReport.within(db, actor, key, record.draft as ReportDraft, version))
        .view.version;
    return record.submit ? this.submit(db, actor, this.reports, key, version) : version!;
  }

  /** Submits the record once saved, audited as POST …/submit: its new version. */
  private async submit<Key extends RecordKey>(
    db: EntityManager,
    actor: Actor,
    kind: RecordKind<Key, { version: number }>,
    key: Key,
    version: number | undefined,
  ): Promise<number> {
    const command = { event: 'submit' as const, expectedVersion: version };
    return (await this.transitions.within(db, kind, actor, key, command)).version;
  }
}
