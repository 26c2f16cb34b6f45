import type { EntityManager } from 'typeorm';
import type { PeriodState } from '../entities';
import type { PeriodView } from '../views';

const SELECT = `SELECT code, starts_on AS "startsOn", ends_on AS "endsOn", due_on AS "dueOn", state FROM reporting_period`;

export function listPeriods(db: EntityManager): Promise<PeriodView[]> {
  return db.query(`${SELECT} ORDER BY code`);
}

export async function periodByCode(
  db: EntityManager,
  code: string,
): Promise<PeriodView | undefined> {
  const [period]: PeriodView[] = await db.query(`${SELECT} WHERE code = $1`, [code]);
  return period;
}

/** Adds a period; false when it exists already. */
export async function insertPeriod(
  db: EntityManager,
  period: Omit<PeriodView, 'state'>,
): Promise<boolean> {
  const inserted: unknown[] = await db.query(
    `INSERT INTO reporting_period (code, starts_on, ends_on, due_on) VALUES ($1, $2, $3, $4)
     ON CONFLICT (code) DO NOTHING RETURNING code`,
    [period.code, period.startsOn, period.endsOn, period.dueOn],
  );
  return inserted.length > 0;
}

/** Locks a period for the caller's transaction; false when there is none. */
export async function lockPeriod(db: EntityManager, code: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT code FROM reporting_period WHERE code = $1 FOR UPDATE`,
    [code],
  );
  return rows.length > 0;
}

/** Changes what is given of a period's state and due date. */
export async function updatePeriod(
  db: EntityManager,
  code: string,
  change: { state?: PeriodState; dueOn?: string },
): Promise<void> {
  await db.query(
    `UPDATE reporting_period SET state = COALESCE($2, state), due_on = COALESCE($3::date, due_on) WHERE code = $1`,
    [code, change.state ?? null, change.dueOn ?? null],
  );
}
