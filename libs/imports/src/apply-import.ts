import type { Actor } from '@app/auth';
import { ACCESS_DENIED, mayAccessCountry } from '@app/domain';
import { ReportRecords, SaveReport, TransitionRecord } from '@app/reporting';
import { Conflict, Problem } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ImportResult, RecordPreview } from './import-types';
import { selectImport, storeResult } from './imports.queries';
import { ImportView, importView, visibleImport } from './import-view';

/**
 * Writes the accepted records of a preview as drafts, in one transaction, through the same save
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
        const key = { country: record.country, period: record.period, action: record.action };
        // The scope of whoever applies, now: it may have shrunk since the upload.
        if (!mayAccessCountry(actor, 'write', key.country)) {
          result.conflicts.push({ ...key, message: `${ACCESS_DENIED.write} ${key.country}.` });
          continue;
        }
        try {
          const version = await this.write(db, actor, record);
          result.written.push({ ...key, version });
        } catch (error) {
          // A refusal (a version, a state, a closed period) is decided before anything is written.
          if (!(error instanceof Problem)) throw error;
          result.conflicts.push({ ...key, message: error.message });
        }
      }
      await storeResult(db, id, result);
      return importView((await selectImport(db, id))!);
    });
  }

  /** Saves the record's content if it changed, then submits it if the file asked: its version. */
  private async write(db: EntityManager, actor: Actor, record: RecordPreview): Promise<number> {
    const key = { country: record.country, period: record.period, action: record.action };
    let version = record.downloadedVersion ?? undefined;
    if (record.changes.some((change) => change.field !== 'state'))
      version = (await this.saveReport.within(db, actor, key, record.draft!, version)).view.version;
    if (!record.submit) return version!;
    const command = { event: 'submit' as const, expectedVersion: version };
    return (await this.transitions.within(db, this.reports, actor, key, command)).version;
  }
}
