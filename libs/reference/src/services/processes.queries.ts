import type { EntityManager } from 'typeorm';
import type { MembershipRole } from '../entities';
import type { ProcessMemberView } from '../views';

export interface ProcessRow {
  code: string;
  name: string;
  workingLanguages: string[];
  members: number;
  observers: number;
  unspecified: number;
  figureId: string | null;
  figureValue: string | null;
  figureUnit: string | null;
  figureDate: string | null;
  figureSource: string | null;
}

const PROCESS_SQL = `
  SELECT p.code, p.name, p.working_languages AS "workingLanguages",
         count(*) FILTER (WHERE m.role = 'member')::int AS members,
         count(*) FILTER (WHERE m.role = 'observer')::int AS observers,
         count(*) FILTER (WHERE m.role = 'unspecified')::int AS unspecified,
         f.id AS "figureId", f.value AS "figureValue", f.unit AS "figureUnit",
         f.reference_date AS "figureDate", f.source_id AS "figureSource"
    FROM regional_process p
    LEFT JOIN process_membership m ON m.process_code = p.code
    LEFT JOIN reference_figure f ON f.id = p.members_figure_id`;

/** Every process with its counts by role, in the processes' order. */
export function listProcesses(db: EntityManager): Promise<ProcessRow[]> {
  return db.query(`${PROCESS_SQL} GROUP BY p.code, f.id ORDER BY p.sort_order`);
}

export async function processByCode(
  db: EntityManager,
  code: string,
): Promise<ProcessRow | undefined> {
  const [row]: ProcessRow[] = await db.query(
    `${PROCESS_SQL} WHERE p.code = $1 GROUP BY p.code, f.id`,
    [code],
  );
  return row;
}

/** A process's States: members, then observers, then the others, each by name. */
export function participantsOf(db: EntityManager, code: string): Promise<ProcessMemberView[]> {
  return db.query(
    `SELECT m.country_iso3 AS iso3, c.name, m.role, m.role_in_source AS "roleInSource",
            m.source_id AS source, m.source_date AS "sourceDate", m.note
       FROM process_membership m JOIN country c ON c.iso3 = m.country_iso3
      WHERE m.process_code = $1
      ORDER BY CASE m.role WHEN 'member' THEN 0 WHEN 'observer' THEN 1 ELSE 2 END, c.name`,
    [code],
  );
}

/** ISO3 codes of a process's States in a role, in order. */
export async function memberCodesOf(
  db: EntityManager,
  code: string,
  role: MembershipRole,
): Promise<string[]> {
  const rows: Array<{ iso3: string }> = await db.query(
    `SELECT country_iso3 AS iso3 FROM process_membership WHERE process_code = $1 AND role = $2 ORDER BY 1`,
    [code, role],
  );
  return rows.map((row) => row.iso3);
}

export async function processExists(db: EntityManager, code: string): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM regional_process WHERE code = $1', [code]);
  return rows.length > 0;
}
