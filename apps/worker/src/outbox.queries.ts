import type { AccountNotice, OutboxTopics, RecordTransition } from '@app/queue';
import type { EntityManager } from 'typeorm';

export type SummaryChangeMessage =
  OutboxTopics['reporting.changed'] | OutboxTopics['period.changed'];

/**
 * The oldest unprocessed messages that change summaries, locked for the caller's transaction;
 * those another relay holds are skipped.
 */
export function lockSummaryChanges(
  db: EntityManager,
  limit: number,
): Promise<Array<{ id: string; payload: SummaryChangeMessage }>> {
  return db.query(
    `SELECT id, payload FROM outbox_message
      WHERE processed_at IS NULL AND topic IN ('reporting.changed', 'period.changed')
      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}

/** The oldest unprocessed account notices, locked likewise. */
export function lockAccountNotices(
  db: EntityManager,
  limit: number,
): Promise<Array<{ id: string; payload: AccountNotice }>> {
  return db.query(
    `SELECT id, payload FROM outbox_message
      WHERE processed_at IS NULL AND topic = 'account.notice'
      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}

/** The oldest unprocessed workflow transitions, locked likewise. */
export function lockTransitions(
  db: EntityManager,
  limit: number,
): Promise<Array<{ id: string; createdAt: Date; payload: RecordTransition }>> {
  return db.query(
    `SELECT id, created_at AS "createdAt", payload FROM outbox_message
      WHERE processed_at IS NULL AND topic = 'record.transitioned'
      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}

export async function markProcessed(db: EntityManager, ids: string[]): Promise<void> {
  await db.query(`UPDATE outbox_message SET processed_at = now() WHERE id = ANY($1::bigint[])`, [
    ids,
  ]);
}

/** Deletes the messages processed more than `days` ago. */
export async function purgeProcessed(db: EntityManager, days: number): Promise<void> {
  await db.query(
    `DELETE FROM outbox_message WHERE processed_at < now() - make_interval(days => $1)`,
    [days],
  );
}
