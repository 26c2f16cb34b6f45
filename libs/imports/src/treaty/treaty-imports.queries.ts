import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { ImportFileType } from '../import-types';
import type { KnownName } from './participant-names';
import type { ParticipantPreview, TreatyImportPreview } from './treaty-preview';

/** What applying wrote. */
export interface TreatyImportResult {
  source: string;
  written: number;
  newParties: string[];
  completeAsOf: { before: string; after: string };
  /** The periods whose summaries were marked stale. */
  periods: string[];
}

export interface TreatyImportRow {
  id: string;
  treaty: string;
  uploadedBy: string;
  fileName: string;
  fileType: ImportFileType;
  fileSha256: string;
  readOn: string;
  state: 'previewed' | 'applied';
  preview: TreatyImportPreview;
  result: TreatyImportResult | null;
  createdAt: Date;
  appliedAt: Date | null;
}

const COLUMNS = `id, treaty_code AS treaty, uploaded_by AS "uploadedBy", file_name AS "fileName",
  file_type AS "fileType", file_sha256 AS "fileSha256", read_on::text AS "readOn", state, preview,
  result, created_at AS "createdAt", applied_at AS "appliedAt"`;

/**
 * Every name the reference data gives a participant: the countries' names and UNTERM short
 * names, and the names the treaty tables use (historic ones such as `Turkey`, and participants
 * without an ISO3 code such as the European Union).
 */
export function knownParticipantNames(db: EntityManager): Promise<KnownName[]> {
  return sqlRows<KnownName>(
    db,
    `SELECT name, iso3, iso3 AS participant FROM country
     UNION SELECT unterm_short_name, iso3, iso3 FROM country WHERE unterm_short_name IS NOT NULL
     UNION SELECT participant_name, country_iso3, participant FROM treaty_participation`,
  );
}

export function insertTreatyImport(
  db: EntityManager,
  row: Pick<
    TreatyImportRow,
    'treaty' | 'uploadedBy' | 'fileName' | 'fileType' | 'fileSha256' | 'readOn' | 'preview'
  >,
): Promise<TreatyImportRow | undefined> {
  return sqlRow<TreatyImportRow>(
    db,
    `INSERT INTO treaty_import (treaty_code, uploaded_by, file_name, file_type, file_sha256, read_on, preview)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [
      row.treaty,
      row.uploadedBy,
      row.fileName,
      row.fileType,
      row.fileSha256,
      row.readOn,
      JSON.stringify(row.preview),
    ],
  );
}

/** An import of a treaty; `lock` holds it for the rest of the transaction (apply). */
export function selectTreatyImport(
  db: EntityManager,
  treaty: string,
  id: string,
  lock: 'lock' | 'read' = 'read',
): Promise<TreatyImportRow | undefined> {
  return sqlRow<TreatyImportRow>(
    db,
    `SELECT ${COLUMNS} FROM treaty_import WHERE id = $1 AND treaty_code = $2
     ${lock === 'lock' ? 'FOR UPDATE' : ''}`,
    [id, treaty],
  );
}

/** The treaty's completeness date, locked: two imports of one treaty apply one after the other. */
export function lockTreatyCoverage(
  db: EntityManager,
  treaty: string,
): Promise<{ completeAsOf: string } | undefined> {
  return sqlRow(
    db,
    `SELECT complete_as_of::text AS "completeAsOf" FROM treaty WHERE code = $1 FOR UPDATE`,
    [treaty],
  );
}

/** The import as a cited source, so every row it writes names it like a seeded row does. */
export async function insertImportSource(
  db: EntityManager,
  source: { id: string; description: string; url: string },
): Promise<void> {
  await sqlRow(
    db,
    `INSERT INTO source (id, description, url, used_for)
     VALUES ($1, $2, $3, 'treaty status import') ON CONFLICT (id) DO NOTHING RETURNING id`,
    [source.id, source.description, source.url],
  );
}

/** Writes the table's rows as the treaty's records (imported rows: seeds leave them alone). */
export async function upsertImportedParticipation(
  db: EntityManager,
  treaty: string,
  rows: ParticipantPreview[],
  source: string,
  readOn: string,
): Promise<number> {
  const written = await sqlRows<{ participant: string }>(
    db,
    `INSERT INTO treaty_participation (treaty_code, participant, country_iso3, participant_name,
            status, signature_date, consent_date, consent_kind, untc_action_code, source_ids,
            status_as_of, note, origin)
     SELECT $1, r.participant, r.iso3, r.name, r.status, r."signatureDate", r."consentDate",
            r."consentKind", r."untcActionCode", ARRAY[$2::text], $3, NULL, 'untc_import'
       FROM jsonb_to_recordset($4::jsonb) AS r(participant text, iso3 char(3), name text,
            status text, "signatureDate" date, "consentDate" date, "consentKind" text,
            "untcActionCode" text)
     ON CONFLICT (treaty_code, participant) DO UPDATE SET
            country_iso3 = EXCLUDED.country_iso3, participant_name = EXCLUDED.participant_name,
            status = EXCLUDED.status, signature_date = EXCLUDED.signature_date,
            consent_date = EXCLUDED.consent_date, consent_kind = EXCLUDED.consent_kind,
            untc_action_code = EXCLUDED.untc_action_code, source_ids = EXCLUDED.source_ids,
            status_as_of = EXCLUDED.status_as_of, note = NULL, origin = 'untc_import'
     RETURNING participant`,
    [treaty, source, readOn, JSON.stringify(rows)],
  );
  return written.length;
}

export async function moveCompleteAsOf(
  db: EntityManager,
  treaty: string,
  readOn: string,
  source: string,
): Promise<void> {
  await sqlRow(
    db,
    `UPDATE treaty SET complete_as_of = $2, complete_source_id = $3 WHERE code = $1 RETURNING code`,
    [treaty, readOn, source],
  );
}

/** The periods that end on or after a day: their summaries count parties as of their ends. */
export async function periodsEndingFrom(db: EntityManager, day: string): Promise<string[]> {
  const rows = await sqlRows<{ code: string }>(
    db,
    `SELECT code::text AS code FROM reporting_period WHERE ends_on >= $1 ORDER BY code`,
    [day],
  );
  return rows.map((row) => row.code);
}

export async function storeTreatyImportResult(
  db: EntityManager,
  id: string,
  result: TreatyImportResult,
): Promise<void> {
  await sqlRow(
    db,
    `UPDATE treaty_import SET state = 'applied', result = $2, applied_at = now()
      WHERE id = $1 RETURNING id`,
    [id, JSON.stringify(result)],
  );
}
