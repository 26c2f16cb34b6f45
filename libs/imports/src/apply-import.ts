import type { Actor } from '@app/auth';
import { ACCESS_DENIED, mayAccessCountry } from '@app/domain';
import { SaveReport } from '@app/reporting';
import { ConflictException, HttpException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ImportResult } from './import-types';
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
  ) {}

  async execute(actor: Actor, id: string): Promise<ImportView> {
    return this.dataSource.transaction(async (db) => {
      const row = visibleImport(actor, await selectImport(db, id, 'lock'), id);
      if (row.state === 'applied') return importView(row);
      if (row.state !== 'previewed')
        throw new ConflictException(`Import ${id} is ${row.state}: only a preview can be applied.`);
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
          const saved = await this.saveReport.within(
            db,
            actor,
            key,
            record.draft,
            record.downloadedVersion ?? undefined,
          );
          result.written.push({ ...key, version: saved.view.version });
        } catch (error) {
          // A refusal (a version, a state, a closed period) is decided before anything is written.
          if (!(error instanceof HttpException)) throw error;
          result.conflicts.push({
            ...key,
            message: String((error.getResponse() as { message?: string }).message ?? error.message),
          });
        }
      }
      await storeResult(db, id, result);
      return importView((await selectImport(db, id))!);
    });
  }
}
