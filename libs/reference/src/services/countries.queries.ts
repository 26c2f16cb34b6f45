import type { EntityManager } from 'typeorm';
import type { MembershipRole } from '../entities';

/** A row of the `country` table, as the seed writes it and the queries read it. */
export interface CountryRow {
  iso3: string;
  iso2: string;
  m49: string;
  name: string;
  unterm_short_name: string | null;
  un_member: boolean;
  un_member_basis: string;
  region: string | null;
  region_code: string | null;
  subregion: string | null;
  subregion_code: string | null;
  intermediate_region: string | null;
  intermediate_region_code: string | null;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
}

/** The `country` table's columns with their SQL types. */
export const COUNTRY_COLUMNS: Record<keyof CountryRow, string> = {
  iso3: 'char(3)',
  iso2: 'char(2)',
  m49: 'char(3)',
  name: 'text',
  unterm_short_name: 'text',
  un_member: 'boolean',
  un_member_basis: 'text',
  region: 'text',
  region_code: 'char(3)',
  subregion: 'text',
  subregion_code: 'char(3)',
  intermediate_region: 'text',
  intermediate_region_code: 'char(3)',
  ldc: 'boolean',
  lldc: 'boolean',
  sids: 'boolean',
};

const SELECT = `SELECT ${Object.keys(COUNTRY_COLUMNS)
  .map((column) => `c.${column}`)
  .join(', ')} FROM country c`;

/** An M49 region, sub-region or intermediate region, by code ("419") or lower-case name. */
const regionMatch = (param: string) =>
  `(c.region_code = ${param} OR c.subregion_code = ${param} OR c.intermediate_region_code = ${param}
    OR lower(c.region) = ${param} OR lower(c.subregion) = ${param} OR lower(c.intermediate_region) = ${param})`;

export interface CountryQuery {
  /** A regional process's States in `role` (any role: `any`). */
  process?: { code: string; role: MembershipRole | 'any' };
  /** An M49 area by code or lower-case name. */
  region?: string;
}

/** Countries by name, optionally of a process or an M49 area. */
export function listCountries(db: EntityManager, query: CountryQuery): Promise<CountryRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.process) {
    params.push(query.process.code);
    const processParam = `$${params.length}`;
    let roleCondition = '';
    if (query.process.role !== 'any') {
      params.push(query.process.role);
      roleCondition = ` AND m.role = $${params.length}`;
    }
    where.push(
      `EXISTS (SELECT 1 FROM process_membership m
                WHERE m.country_iso3 = c.iso3 AND m.process_code = ${processParam}${roleCondition})`,
    );
  }
  if (query.region !== undefined) {
    params.push(query.region);
    where.push(regionMatch(`$${params.length}`));
  }
  return db.query(
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.name`,
    params,
  );
}

/** Whether some country lies in the M49 area (code or lower-case name). */
export async function regionExists(db: EntityManager, region: string): Promise<boolean> {
  const [{ known }]: Array<{ known: boolean }> = await db.query(
    `SELECT EXISTS (SELECT 1 FROM country c WHERE ${regionMatch('$1')}) AS known`,
    [region],
  );
  return known;
}

export async function countryByIso3(
  db: EntityManager,
  iso3: string,
): Promise<CountryRow | undefined> {
  const [row]: CountryRow[] = await db.query(`${SELECT} WHERE c.iso3 = $1`, [iso3]);
  return row;
}

export interface CountryMembershipRow {
  process: string;
  processName: string;
  role: MembershipRole;
  roleInSource: string;
  sourceId: string;
  sourceUrl: string | null;
  sourceDate: string;
  note: string | null;
}

/** A country's process memberships, in the processes' order. */
export function membershipsOf(db: EntityManager, iso3: string): Promise<CountryMembershipRow[]> {
  return db.query(
    `SELECT m.process_code AS process, p.name AS "processName", m.role, m.role_in_source AS "roleInSource",
            m.source_id AS "sourceId", s.url AS "sourceUrl", m.source_date AS "sourceDate", m.note
       FROM process_membership m
       JOIN regional_process p ON p.code = m.process_code
       JOIN source s ON s.id = m.source_id
      WHERE m.country_iso3 = $1
      ORDER BY p.sort_order`,
    [iso3],
  );
}
