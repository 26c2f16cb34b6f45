import { RecomputeAllPayload, RecomputePayload, SUMMARIES_QUEUE, SummaryJob } from '@app/queue';
import { InjectQueue } from '@nestjs/bull';
import { Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import type { Queue } from 'bull';
import { JobView } from './summary-data';

const ENQUEUE_TIMEOUT_MS = 3000;

/** Puts summary work on the queue and reports on it; never waits long for an absent Redis. */
@Injectable()
export class SummaryJobs {
  constructor(@InjectQueue(SUMMARIES_QUEUE) private readonly queue: Queue) {}

  /**
   * One recompute per (process, period) and outbox batch: `batch` (the batch's newest outbox id)
   * makes the job id unique, so a job already running never swallows a newer change.
   */
  async recompute(pair: { process: string; period: string }, batch: string): Promise<void> {
    const data: RecomputePayload = { ...pair, reason: `outbox:${batch}` };
    await this.withTimeout(
      this.queue.add(SummaryJob.Recompute, data, {
        jobId: `recompute:${pair.process}:${pair.period}:${batch}`,
      }),
    );
  }

  async refresh(payload: RecomputeAllPayload): Promise<string> {
    const job = await this.withTimeout(this.queue.add(SummaryJob.RecomputeAll, payload));
    return String(job.id);
  }

  /** Registers the nightly full recompute; Bull keeps one schedule however many workers start. */
  async scheduleNightly(cron: string): Promise<void> {
    const payload: RecomputeAllPayload = { reason: 'nightly' };
    await this.queue.add(SummaryJob.RecomputeAll, payload, {
      repeat: { cron, tz: 'UTC' },
      jobId: 'nightly-recompute',
    });
  }

  async job(id: string): Promise<JobView> {
    const job = await this.withTimeout(this.queue.getJob(id));
    if (!job)
      throw new NotFoundException(
        `No job ${id} (finished jobs are kept for a while, failed ones until removed)`,
      );
    const progress = job.progress();
    return {
      id: String(job.id),
      name: job.name,
      state: await job.getState(),
      progress: typeof progress === 'number' ? progress : 0,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason ?? null,
      createdAt: new Date(job.timestamp).toISOString(),
      finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      result: job.returnvalue ?? null,
    };
  }

  private async withTimeout<T>(work: Promise<T>): Promise<T> {
    // If the timeout wins, the abandoned command may still fail later: never leave that unhandled.
    work.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ServiceUnavailableException(
              'The job queue (Redis) is not answering. Try again shortly.',
            ),
          ),
        ENQUEUE_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
