import { EntityManager } from 'typeorm';

/** Topics of outbox messages and their payloads: one typed place for both. */
export interface OutboxTopics {
  /** Validated data of a country and period changed: regional summaries need recomputing. */
  'reporting.changed': { country: string; period: string };
}
export type OutboxTopic = keyof OutboxTopics;

/** Adds a message inside the caller's transaction. */
export async function publishToOutbox<T extends OutboxTopic>(
  manager: EntityManager,
  topic: T,
  payload: OutboxTopics[T],
): Promise<void> {
  await manager.query(`INSERT INTO outbox_message (topic, payload) VALUES ($1, $2::jsonb)`, [
    topic,
    JSON.stringify(payload),
  ]);
}
