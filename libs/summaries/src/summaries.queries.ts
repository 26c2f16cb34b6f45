import type { EntityManager } from 'typeorm';
import type { SummaryKey } from './compute/summary-scope.queries';
import type { SummaryData } from './summary-data';

export interface SnapshotRow {
  data: SummaryData;
  computedAt: Date;
  newestChangeAt: Date | null;
}

export interface IncomingSnapshot extends SummaryKey {
  data: SummaryData;
  newestChangeAt: Date | null;
}

const SNAPSHOT_COLUMNS = `s.data, s.computed_at AS "computedAt", s.newest_change_at AS "newestChangeAt"`;

// Advisory locks of summaries share one key space: the first number names it.
const SUMMARY_LOCK_SPACE = 9_0001;

/**
 * Holds a session lock per summary, taken in one order (so two holders never deadlock); called
 * before a transaction begins, so its snapshot sees whatever the previous holder committed.
 */
export async function lockSummaries(db: EntityManager, keys: SummaryKey[]): Promise<void> {
  const names = [...new Set(keys.map((key) => `${key.process}/${key.period}`))].sort();
  await db.query(
    `SELECT pg_advisory_lock($1, hashtext(name)) FROM (SELECT unnest($2::text[]) AS name) ordered`,
    [SUMMARY_LOCK_SPACE, names],
  );
}

/** Releases the summary locks of this session (it takes no other advisory lock). */
export async function unlockSummaries(db: EntityManager): Promise<void> {
  await db.query(`SELECT pg_advisory_unlock_all()`);
}

/** The keys (`process/period`) of the incoming snapshots whose data differs from the stored. */
export async function changedSnapshots(
  db: EntityManager,
  snapshots: IncomingSnapshot[],
): Promise<string[]> {
  const rows: Array<{ key: string }> = await db.query(
    `WITH incoming AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(process text, period text, data jsonb))
     SELECT i.process || '/' || i.period AS key
       FROM incoming i LEFT JOIN summary_snapshot s ON s.process_code = i.process AND s.period_code = i.period
      WHERE s.data IS DISTINCT FROM i.data`,
    [JSON.stringify(snapshots)],
  );
  return rows.map((row) => row.key);
}

/** Stores each snapshot whole, computed at `now`: one row per (process, period). */
export async function upsertSnapshots(
  db: EntityManager,
  snapshots: IncomingSnapshot[],
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO summary_snapshot (process_code, period_code, data, computed_at, newest_change_at)
     SELECT x.process, x.period, x.data, $2, x."newestChangeAt"
       FROM jsonb_to_recordset($1::jsonb) AS x(process text, period text, data jsonb, "newestChangeAt" timestamptz)
     ON CONFLICT (process_code, period_code) DO UPDATE
        SET data = EXCLUDED.data, computed_at = EXCLUDED.computed_at, newest_change_at = EXCLUDED.newest_change_at`,
    [JSON.stringify(snapshots), now],
  );
}

/** Processes with members × periods, optionally one process and/or one period. */
export function summaryKeys(
  db: EntityManager,
  filter: { process?: string; period?: string },
): Promise<SummaryKey[]> {
  return db.query(
    `SELECT p.code AS process, rp.code::text AS period
       FROM regional_process p CROSS JOIN reporting_period rp
      WHERE EXISTS (SELECT 1 FROM process_membership m WHERE m.process_code = p.code AND m.role = 'member')
        AND ($1::text IS NULL OR p.code = $1) AND ($2::text IS NULL OR rp.code = $2)
      ORDER BY p.sort_order, rp.code`,
    [filter.process ?? null, filter.period ?? null],
  );
}

/** A change to a country's data for a period, or to a period itself (no country). */
export interface SummaryChange {
  country?: string;
  period: string;
  /** A country's validated data changed: the next period compares with it (absent: true). */
  validatedChanged?: boolean;
}

/** A summary some changes make stale, and whether any of them can move its figures. */
export interface AffectedSummary extends SummaryKey {
  /**
   * False when every change only touched reports or indicator values not validated: then only
   * the counts by state and the newest change included can differ.
   */
  figures: boolean;
}

/**
 * The summaries some changes make stale: a country's change counts in each of its processes for
 * that period, and for the next when it changed validated data (its "change from the previous
 * period" compares with it); a period's change in every process for that period.
 */
export function summariesAffectedBy(
  db: EntityManager,
  changes: SummaryChange[],
): Promise<AffectedSummary[]> {
  // Distinct changes first, and one join per kind of change: an OR in the join conditions made a
  // relay batch of hundreds of changes compare each with every membership.
  return db.query(
    `WITH changes AS (SELECT DISTINCT c.country, c.period, c.next
                        FROM unnest($1::text[], $2::text[], $3::boolean[]) AS c(country, period, next)),
          stale AS (SELECT m.process_code AS process, y.period, y.figures
                      FROM changes c
                      JOIN process_membership m ON m.role = 'member' AND m.country_iso3 = c.country
                     CROSS JOIN LATERAL (VALUES (c.period, c.next), (CASE WHEN c.next THEN (c.period::int + 1)::text END, true)) AS y(period, figures)
                    UNION
                    SELECT m.process_code, c.period, true
                      FROM changes c JOIN process_membership m ON m.role = 'member'
                     WHERE c.country IS NULL)
     SELECT s.process::text AS process, p.code::text AS period, bool_or(s.figures) AS figures
       FROM stale s JOIN reporting_period p ON p.code = s.period
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [
      changes.map((change) => change.country ?? null),
      changes.map((change) => change.period),
      changes.map((change) => change.validatedChanged !== false),
    ],
  );
}

export async function snapshotOf(
  db: EntityManager,
  key: SummaryKey,
): Promise<SnapshotRow | undefined> {
  const [row]: SnapshotRow[] = await db.query(
    `SELECT ${SNAPSHOT_COLUMNS} FROM summary_snapshot s WHERE s.process_code = $1 AND s.period_code = $2`,
    [key.process, key.period],
  );
  return row;
}

/** A process's snapshots, oldest period first. */
export function snapshotsOfProcess(db: EntityManager, process: string): Promise<SnapshotRow[]> {
  return db.query(
    `SELECT ${SNAPSHOT_COLUMNS} FROM summary_snapshot s WHERE s.process_code = $1 ORDER BY s.period_code`,
    [process],
  );
}

export interface ProcessWithoutSummaryRow {
  process: string;
  processName: string;
  /** Whether the reference data lists its members (a summary needs them). */
  hasMembers: boolean;
}

/** The processes with no stored summary for a period, in the processes' order. */
export function processesWithoutSnapshot(
  db: EntityManager,
  period: string,
): Promise<ProcessWithoutSummaryRow[]> {
  return db.query(
    `SELECT p.code AS process, p.name AS "processName",
            EXISTS (SELECT 1 FROM process_membership m WHERE m.process_code = p.code AND m.role = 'member') AS "hasMembers"
       FROM regional_process p
      WHERE NOT EXISTS (SELECT 1 FROM summary_snapshot s WHERE s.process_code = p.code AND s.period_code = $1)
      ORDER BY p.sort_order, p.code`,
    [period],
  );
}

/** A period's snapshots, in the processes' order. */
export function snapshotsOfPeriod(db: EntityManager, period: string): Promise<SnapshotRow[]> {
  return db.query(
    `SELECT ${SNAPSHOT_COLUMNS}
       FROM summary_snapshot s JOIN regional_process p ON p.code = s.process_code
      WHERE s.period_code = $1 ORDER BY p.sort_order`,
    [period],
  );
}

/** Whether a process and a period exist; a code not given counts as existing. */
export async function processAndPeriodExist(
  db: EntityManager,
  process: string | undefined,
  period: string | undefined,
): Promise<{ process: boolean; period: boolean }> {
  const [found]: Array<{ process: boolean; period: boolean }> = await db.query(
    `SELECT ($1::text IS NULL OR EXISTS (SELECT 1 FROM regional_process WHERE code = $1)) AS process,
            ($2::text IS NULL OR EXISTS (SELECT 1 FROM reporting_period WHERE code = $2)) AS period`,
    [process ?? null, period ?? null],
  );
  return found;
}
