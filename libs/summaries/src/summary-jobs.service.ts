import { AppConfig } from '@app/config';
import { RecomputeAllPayload, RecomputePayload, SUMMARIES_QUEUE, SummaryJob } from '@app/queue';
import { InjectQueue } from '@nestjs/bull';
import { Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import type { Queue } from 'bull';
import { JobView } from './summary-data';

const ENQUEUE_TIMEOUT_MS = 3000;

/** Puts summary work on the queue and reports on it; never waits long for an absent Redis. */
@Injectable()
export class SummaryJobs {
  constructor(
    @InjectQueue(SUMMARIES_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  /**
   * Changes to one (process, period) relayed within the same coalescing window share one job,
   * delayed until the window closes: the job id names the window, so adding it again is a no-op,
   * and a job that is already running never swallows a change relayed after its window.
   */
  async recompute(
    pair: { process: string; period: string },
    reason: string,
    now = Date.now(),
  ): Promise<void> {
    const window = Math.max(this.config.jobs.coalesceMs, 1);
    const closesAt = (Math.floor(now / window) + 1) * window;
    const data: RecomputePayload = { ...pair, reason };
    await this.withTimeout(
      this.queue.add(SummaryJob.Recompute, data, {
        jobId: `recompute:${pair.process}:${pair.period}:${closesAt}`,
        delay: this.config.jobs.coalesceMs === 0 ? 0 : closesAt - now,
      }),
    );
  }

  async refresh(payload: RecomputeAllPayload): Promise<string> {
    const job = await this.withTimeout(this.queue.add(SummaryJob.RecomputeAll, payload));
    return String(job.id);
  }

  /** A full recompute after a worker starts or Redis returns: one at a time, however many ask. */
  async catchUp(): Promise<string> {
    const payload: RecomputeAllPayload = { reason: 'catch-up' };
    const job = await this.withTimeout(
      this.queue.add(SummaryJob.RecomputeAll, payload, {
        jobId: 'recompute-all:catch-up',
        // Gone when done, failed or not, so the next start or reconnect can queue another.
        removeOnComplete: true,
        removeOnFail: true,
      }),
    );
    return String(job.id);
  }

  /** Registers the nightly full recompute; Bull keeps one schedule however many workers start. */
  async scheduleNightly(cron: string): Promise<void> {
    const payload: RecomputeAllPayload = { reason: 'nightly' };
    await this.withTimeout(
      this.queue.add(SummaryJob.RecomputeAll, payload, {
        repeat: { cron, tz: 'UTC' },
        jobId: 'nightly-recompute',
      }),
    );
  }

  /** Runs `register` now and again whenever the queue's Redis connection is (re)established. */
  onQueueReady(register: () => Promise<void>): void {
    this.queue.client.on('ready', () => void register());
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
