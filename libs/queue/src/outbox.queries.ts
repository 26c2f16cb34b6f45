import type { SqlWrite } from '@app/database';
import type { OutboxTopic, OutboxTopics } from './outbox';

/**
 * The insert of an outbox message (payload stored as JSON), to run alone or in one statement
 * with the change it announces (`sqlWrites`).
 */
export const outboxMessage = <T extends OutboxTopic>(
  topic: T,
  payload: OutboxTopics[T],
): SqlWrite => ({
  text: `INSERT INTO outbox_message (topic, payload) VALUES ($1, $2::jsonb)`,
  values: [topic, JSON.stringify(payload)],
});
