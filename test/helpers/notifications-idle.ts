import type { AppConfig } from '@app/config';
import { NOTIFICATIONS_QUEUE } from '@app/queue';
import Bull from 'bull';
import type { DataSource } from 'typeorm';
import { eventually } from './eventually';

/**
 * Waits until every workflow transition is relayed from the outbox and every notification job
 * (delayed batches included, schedules aside) has run: the event that proves all the
 * notifications and emails the transitions called for exist. A job that failed fails the wait.
 */
export async function notificationsIdle(
  config: AppConfig,
  db: DataSource,
  timeoutMs = 30000,
): Promise<void> {
  const queue = new Bull(NOTIFICATIONS_QUEUE, config.redis.url, { prefix: config.redis.prefix });
  try {
    await eventually(async () => {
      const [{ pending }]: Array<{ pending: number }> = await db.query(
        `SELECT count(*)::int AS pending FROM outbox_message
          WHERE processed_at IS NULL AND topic = 'record.transitioned'`,
      );
      if (pending > 0) return undefined;
      const failed = await queue.getJobs(['failed']);
      if (failed.length > 0)
        throw new Error(`job ${failed[0].name} failed: ${failed[0].failedReason}`);
      // The relay queues a transition's job before it marks the message processed.
      const open = (await queue.getJobs(['waiting', 'active', 'delayed'])).filter(
        (job) => job && !job.opts.repeat,
      );
      return open.length === 0 ? true : undefined;
    }, timeoutMs);
  } finally {
    await queue.close();
  }
}
