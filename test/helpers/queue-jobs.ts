import type { AppConfig } from '@app/config';
import { NotificationJob, type SendDigestsPayload } from '@app/queue';
import Bull, { Job } from 'bull';
import { eventually } from './eventually';

/**
 * Waits until a fan-out job (a digest or reminder run) has finished and every job it queued has
 * completed, and returns those jobs with their results: the event that proves all the work the
 * run asked for was done. A job that failed for good fails the wait.
 */
export async function jobsQueuedBy(
  config: AppConfig,
  queueName: string,
  parentId: string,
  timeoutMs = 30000,
): Promise<Job[]> {
  const queue = new Bull(queueName, config.redis.url, { prefix: config.redis.prefix });
  try {
    const parent = await eventually(async () => {
      const job = await queue.getJob(parentId);
      return job?.finishedOn ? job : undefined;
    }, timeoutMs);
    const queued = (await queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']))
      // Added while the parent ran; a schedule's next run is not its work.
      .filter((job) => job && job.id !== parent.id && !job.opts.repeat)
      .filter((job) => job.timestamp >= parent.processedOn! && job.timestamp <= parent.finishedOn!);
    await eventually(async () => {
      const jobs = await Promise.all(queued.map((job) => queue.getJob(job.id)));
      const states = await Promise.all(jobs.map((job) => job!.getState()));
      const failed = jobs.find((_, index) => states[index] === 'failed');
      if (failed) throw new Error(`job ${failed.id} failed: ${failed.failedReason}`);
      return states.every((state) => state === 'completed') ? true : undefined;
    }, timeoutMs);
    // Read again once all are done: a job read while it ran has no return value yet.
    return (await Promise.all(queued.map((job) => queue.getJob(job.id)))) as Job[];
  } finally {
    await queue.close();
  }
}

/** One email a run's jobs sent: whose, by which job, and with what outcome. */
export interface EmailOutcome {
  job: string;
  userId: string;
  outcome: unknown;
}

/** The emails of a run's email jobs: a batch of digests gives one entry per subscriber. */
export function emailOutcomes(jobs: Job[]): EmailOutcome[] {
  return jobs.flatMap((job) =>
    job.name === NotificationJob.SendDigests
      ? (job.data as SendDigestsPayload).recipients.map(({ userId }) => ({
          job: job.name,
          userId,
          outcome: (job.returnvalue as Record<string, unknown> | null)?.[userId],
        }))
      : [{ job: job.name, userId: job.data.userId as string, outcome: job.returnvalue }],
  );
}
