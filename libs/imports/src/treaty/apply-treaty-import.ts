import { AuditTrail } from '@app/audit';
import type { Actor } from '@app/auth';
import { Conflict, NotFound } from '@app/problems';
import { publishToOutbox } from '@app/queue';
import { TreatiesService } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  insertImportSource,
  lockTreatyCoverage,
  moveCompleteAsOf,
  periodsEndingFrom,
  selectTreatyImport,
  storeTreatyImportResult,
  TreatyImportRow,
  upsertImportedParticipation,
} from './treaty-imports.queries';
import { treatyImportView, TreatyImportView } from './treaty-imports.service';
import type { ParticipantPreview } from './treaty-preview';

/**
 * The first day whose standing the import can change: the old completeness date (past it,
 * "unknown" becomes known) or an earlier date the table changes.
 */
function earliestChange(rows: ParticipantPreview[], completeAsOf: string): string {
  const dates = rows
    .filter((row) => row.outcome !== 'unchanged')
    .flatMap((row) => [
      ...row.changes.flatMap((change) => [change.before, change.after]),
      row.signatureDate,
      row.consentDate,
    ])
    .filter((value): value is string => /^\d{4}-\d{2}-\d{2}$/.test(value ?? ''));
  return [completeAsOf, ...dates].sort()[0];
}

/**
 * Writes a previewed UNTC table as the treaty's records, each citing the import as its source
 * (import id, file SHA-256, reading day), moves the treaty's completeness date to the reading
 * day, audits it and marks the summaries of affected periods stale, in one transaction. A
 * second apply answers the first result.
 */
@Injectable()
export class ApplyTreatyImport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly treaties: TreatiesService,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, code: string, id: string): Promise<TreatyImportView> {
    return this.dataSource.transaction(async (db) => {
      const row = await selectTreatyImport(db, code, id, 'lock');
      if (!row) throw new NotFound(`No import ${id} of treaty ${code}`);
      if (row.state === 'applied') return treatyImportView(row);
      const unmatched = row.preview.participants.filter((p) => p.outcome === 'unmatched');
      if (unmatched.length > 0)
        throw new Conflict(
          `Import ${id} has rows no participant matches (${unmatched.map((p) => `${p.ref}: ${p.name}`).join('; ')}): the table would not be complete as of ${row.readOn}. Write those names as the countries list does and upload again.`,
        );
      const coverage = (await lockTreatyCoverage(db, code))!;
      if (row.readOn < coverage.completeAsOf)
        throw new Conflict(
          `Since this preview, the ${code} data was completed to ${coverage.completeAsOf}, after ${row.readOn}: upload a newer table.`,
        );
      await this.write(db, actor, row, coverage.completeAsOf);
      return treatyImportView((await selectTreatyImport(db, code, id))!);
    });
  }

  private async write(db: EntityManager, actor: Actor, row: TreatyImportRow, before: string) {
    const source = `UNTC-IMPORT-${row.id}`;
    const treaty = (await this.treaties.list()).find((t) => t.code === row.treaty)!;
    await insertImportSource(db, {
      id: source,
      description: `UN Treaty Collection participant table of ${treaty.untcReference} as read on ${row.readOn}, uploaded as "${row.fileName}" (SHA-256 ${row.fileSha256}); import ${row.id}`,
      url: `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${treaty.untcReference}&chapter=18&lang=en`,
    });
    const participants = row.preview.participants;
    const written = await upsertImportedParticipation(
      db,
      row.treaty,
      participants,
      source,
      row.readOn,
    );
    await moveCompleteAsOf(db, row.treaty, row.readOn, source);
    const periods = await periodsEndingFrom(db, earliestChange(participants, before));
    // Every process counts the treaty's parties: each stale period is recomputed as a whole.
    for (const period of periods) await publishToOutbox(db, 'period.changed', { period });
    const result = {
      source,
      written,
      newParties: participants.filter((p) => p.outcome === 'new_party').map((p) => p.participant!),
      completeAsOf: { before, after: row.readOn },
      periods,
    };
    await this.audit.record(db, actor, {
      action: 'treaty.status_imported',
      entityType: 'treaty',
      entityId: row.treaty,
      before: { completeAsOf: before },
      after: { import: row.id, fileSha256: row.fileSha256, readOn: row.readOn, ...result },
    });
    await storeTreatyImportResult(db, row.id, result);
  }
}
