import type { EntityManager } from 'typeorm';
import type { DigestFrequency } from '../entities';

export interface SubscriptionRow {
  id: string;
  process: string;
  processName: string;
  frequency: DigestFrequency;
  createdAt: Date;
}

const SELECT = `SELECT s.id, s.process_code AS process, p.name AS "processName", s.frequency, s.created_at AS "createdAt"
                  FROM subscription s JOIN regional_process p ON p.code = s.process_code`;

/** A user's subscriptions, in the processes' order. */
export function subscriptionsOf(db: EntityManager, userId: string): Promise<SubscriptionRow[]> {
  return db.query(`${SELECT} WHERE s.user_id = $1 ORDER BY p.sort_order, s.process_code`, [userId]);
}

/** Those of a user's subscriptions that `ids` names; locked for the caller's transaction. */
export function lockSubscriptions(
  db: EntityManager,
  userId: string,
  ids: string[],
): Promise<SubscriptionRow[]> {
  return db.query(`${SELECT} WHERE s.user_id = $1 AND s.id = ANY($2::uuid[]) FOR UPDATE OF s`, [
    userId,
    ids,
  ]);
}

/** Those of a user's subscriptions that `ids` names, in the processes' order. */
export function subscriptionsByIds(
  db: EntityManager,
  userId: string,
  ids: string[],
): Promise<SubscriptionRow[]> {
  return db.query(
    `${SELECT} WHERE s.user_id = $1 AND s.id = ANY($2::uuid[]) ORDER BY p.sort_order`,
    [userId, ids],
  );
}

/** A user's subscription to a process, locked for the caller's transaction. */
export async function lockSubscriptionTo(
  db: EntityManager,
  userId: string,
  process: string,
): Promise<SubscriptionRow | undefined> {
  const [row]: SubscriptionRow[] = await db.query(
    `${SELECT} WHERE s.user_id = $1 AND s.process_code = $2 FOR UPDATE OF s`,
    [userId, process],
  );
  return row;
}

export async function subscriptionById(
  db: EntityManager,
  id: string,
): Promise<SubscriptionRow | undefined> {
  const [row]: SubscriptionRow[] = await db.query(`${SELECT} WHERE s.id = $1`, [id]);
  return row;
}

/** Subscribes, or changes the frequency; `created` when this statement inserted the row. */
export async function upsertSubscription(
  db: EntityManager,
  userId: string,
  command: { process: string; frequency: DigestFrequency },
): Promise<{ id: string; created: boolean }> {
  // xmax = 0: this statement inserted the row (a concurrent first subscribe updated it).
  const [row]: Array<{ id: string; created: boolean }> = await db.query(
    `INSERT INTO subscription (user_id, process_code, frequency) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, process_code) DO UPDATE SET frequency = EXCLUDED.frequency
     RETURNING id, (xmax = 0) AS created`,
    [userId, command.process, command.frequency],
  );
  return row;
}

export async function deleteSubscriptions(db: EntityManager, ids: string[]): Promise<void> {
  await db.query(`DELETE FROM subscription WHERE id = ANY($1::uuid[])`, [ids]);
}

export async function userExists(db: EntityManager, userId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId]);
  return rows.length > 0;
}

/** Each frequency and time zone some active subscriber has: one digest schedule each. */
export function digestScheduleZones(
  db: EntityManager,
): Promise<Array<{ frequency: DigestFrequency; timeZone: string }>> {
  return db.query(
    `SELECT DISTINCT s.frequency, u.time_zone AS "timeZone"
       FROM subscription s JOIN app_user u ON u.id = s.user_id WHERE u.active`,
  );
}
