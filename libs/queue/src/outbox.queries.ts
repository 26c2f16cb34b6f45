import { sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';

/** Adds an outbox row in the caller's transaction; the payload is stored as JSON. */
export async function insertOutboxMessage(
  db: EntityManager,
  topic: string,
  payload: unknown,
): Promise<void> {
  await sqlRows(db, `INSERT INTO outbox_message (topic, payload) VALUES ($1, $2::jsonb)`, [
    topic,
    JSON.stringify(payload),
  ]);
}
