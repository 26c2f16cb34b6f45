import { sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { ParticipationRecord } from '../domain/treaty-status';
import type { TreatyCode } from '../entities';
import type { PublishedCountView } from '../views';

export interface TreatyRow {
  code: TreatyCode;
  name: string;
  untcReference: string;
  entryIntoForceOn: string | null;
  completeAsOf: string;
  completeSource: string;
  gap: string;
}

/** The tracked treaties: SOM, UNTOC, then the others. */
export function listTreaties(db: EntityManager): Promise<TreatyRow[]> {
  return db.query(
    `SELECT code, name, untc_reference AS "untcReference", entry_into_force_on AS "entryIntoForceOn",
            complete_as_of AS "completeAsOf", complete_source_id AS "completeSource", gap
       FROM treaty ORDER BY CASE code WHEN 'SOM' THEN 0 WHEN 'UNTOC' THEN 1 ELSE 2 END`,
  );
}

const PARTICIPATION_COLUMNS = `
  p.participant, p.country_iso3 AS iso3, p.participant_name AS name,
  p.status, p.signature_date AS "signatureDate", p.consent_date AS "consentDate",
  p.consent_kind AS "consentKind", p.source_ids AS sources, p.status_as_of AS "statusAsOf", p.note`;

/** A treaty's participation records by participant name, optionally of some countries only. */
export function participationRecords(
  db: EntityManager,
  code: TreatyCode,
  countries: string[] | null,
): Promise<ParticipationRecord[]> {
  return db.query(
    `SELECT ${PARTICIPATION_COLUMNS} FROM treaty_participation p
      WHERE p.treaty_code = $1 AND ($2::text[] IS NULL OR p.country_iso3 = ANY($2::text[]))
      ORDER BY p.participant_name`,
    [code, countries],
  );
}

/** A country's participation record in each treaty that has one. */
export function participationOfCountry(
  db: EntityManager,
  iso3: string,
): Promise<Array<ParticipationRecord & { treatyCode: TreatyCode }>> {
  return db.query(
    `SELECT p.treaty_code AS "treatyCode", ${PARTICIPATION_COLUMNS}
       FROM treaty_participation p WHERE p.country_iso3 = $1`,
    [iso3],
  );
}

/** Counts of a treaty's parties published by sources, oldest first. */
export function publishedCounts(
  db: EntityManager,
  code: TreatyCode,
): Promise<PublishedCountView[]> {
  return db.query(
    `SELECT id, value, unit, reference_date AS "referenceDate", source_id AS source
       FROM reference_figure WHERE treaty_code = $1 ORDER BY reference_date`,
    [code],
  );
}

export interface StandingRow extends Partial<ParticipationRecord> {
  treaty: TreatyCode;
  completeAsOf: string;
  completeSource: string;
  /** Whether the treaty's table has a row for the country. */
  recorded: boolean;
}

/** Each of some treaties with the country's participation record, if any (a save's read). */
export function standingRows(
  db: EntityManager,
  codes: TreatyCode[],
  iso3: string,
): Promise<StandingRow[]> {
  return sqlRows<StandingRow>(
    db,
    `SELECT t.code AS treaty, t.complete_as_of AS "completeAsOf", t.complete_source_id AS "completeSource",
            p.participant IS NOT NULL AS recorded, ${PARTICIPATION_COLUMNS}
       FROM treaty t LEFT JOIN treaty_participation p ON p.treaty_code = t.code AND p.country_iso3 = $2
      WHERE t.code = ANY($1::text[])`,
    [codes, iso3],
    'prepared',
  );
}
