import { AppConfig } from '@app/config';
import {
  describeJob,
  JobDescription,
  RecomputeAllPayload,
  RecomputePayload,
  SUMMARIES_QUEUE,
  SummaryJob,
  withQueueTimeout,
} from '@app/queue';
import { InjectRedis } from '@app/redis';
import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import Redis from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';
import type { AffectedSummary } from './summaries.queries';
import { SummariesService } from './summaries.service';

/** States in which a queued recompute has not read anything yet: a new request can share it. */
const NOT_STARTED = new Set(['waiting', 'delayed', 'paused']);
/** How long the pointer to a waiting refresh is kept (a job waits far less). */
const PENDING_TTL_MS = 60 * 60 * 1000;
/** A pointer this young whose job is not in the queue yet is being queued right now. */
const BEING_QUEUED_MS = 10_000;
// Points `KEYS[1]` at a new job only if it still points where the caller saw it (or nowhere).
const SWAP_PENDING = `
local current = redis.call('GET', KEYS[1])
if (current or '') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;

/**
 * When the coalescing window that holds `now` closes for one summary: windows of `windowMs`, each
 * summary's shifted by an offset of its own, so that the jobs of many summaries changed at once
 * (every process during a deadline) fall due spread over the window, not all at one instant
 * when the work of each would slow the saves in flight together.
 */
export function windowClosesAt(summary: string, now: number, windowMs: number): number {
  const offset = createHash('sha1').update(summary).digest().readUInt32BE(0) % windowMs;
  return Math.floor((now - offset) / windowMs) * windowMs + windowMs + offset;
}

/** Puts summary work on the queue and reports on it; never waits long for an absent Redis. */
@Injectable()
export class SummaryJobs {
  constructor(
    @InjectQueue(SUMMARIES_QUEUE) private readonly queue: Queue,
    @InjectRedis() private readonly redis: Redis,
    private readonly summaries: SummariesService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Changes to one (process, period) relayed within the same coalescing window share one job,
   * delayed until its window closes (windowClosesAt): the job id names the window, so adding it again is a no-op,
   * and a job that is already running never swallows a change relayed after its window. A
   * summary whose figures may have moved is recomputed; one where only reports not validated
   * changed has its progress refreshed. Both kinds in one window are two jobs (the refresh never
   * swallows the recompute), which take turns on the summary.
   */
  async recompute(pair: AffectedSummary, reason: string, now = Date.now()): Promise<void> {
    const [name, prefix] = pair.figures
      ? [SummaryJob.Recompute, 'recompute']
      : [SummaryJob.RefreshProgress, 'progress'];
    const closesAt = windowClosesAt(
      `${pair.process}/${pair.period}`,
      now,
      Math.max(this.config.jobs.coalesceMs, 1),
    );
    const data: RecomputePayload = { process: pair.process, period: pair.period, reason };
    await withQueueTimeout(
      this.queue.add(name, data, {
        jobId: `${prefix}:${pair.process}:${pair.period}:${closesAt}`,
        delay: this.config.jobs.coalesceMs === 0 ? 0 : closesAt - now,
      }),
    );
  }

  /**
   * Queues a full recompute, or of one process and/or period (a 404 when it does not exist).
   * Asking again while the same recompute is still waiting returns that job: fifty clicks make
   * one recompute. Once it has started, a new request queues a new one (it may have missed a
   * change), and only one such request wins the race to queue it.
   */
  async refresh(payload: RecomputeAllPayload): Promise<string> {
    if (payload.process || payload.period)
      await this.summaries.assertExists(payload.process, payload.period);
    const pointer = `summaries:pending-refresh:${payload.process ?? '*'}:${payload.period ?? '*'}`;
    for (;;) {
      const pending = await withQueueTimeout(this.redis.get(pointer));
      if (pending && (await this.notStarted(pending))) return pending;
      const id = `refresh:${Date.now()}:${randomUUID()}`;
      const swapped = await withQueueTimeout(
        this.redis.eval(SWAP_PENDING, 1, pointer, pending ?? '', id, PENDING_TTL_MS),
      );
      if (swapped !== 1) continue; // another request queued one meanwhile: share it
      await withQueueTimeout(this.queue.add(SummaryJob.RecomputeAll, payload, { jobId: id }));
      return id;
    }
  }

  private async notStarted(id: string): Promise<boolean> {
    const job = await this.job(id);
    if (job) return NOT_STARTED.has(job.state);
    return Date.now() - Number(id.split(':')[1]) < BEING_QUEUED_MS;
  }

  /** A full recompute after a worker starts or Redis returns: one at a time, however many ask. */
  async catchUp(): Promise<string> {
    const payload: RecomputeAllPayload = { reason: 'catch-up' };
    const job = await withQueueTimeout(
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
    // A schedule left by an earlier SUMMARY_NIGHTLY_CRON would run beside the new one.
    for (const job of await withQueueTimeout(this.queue.getRepeatableJobs()))
      if (job.name === SummaryJob.RecomputeAll && job.cron !== cron)
        await this.queue.removeRepeatableByKey(job.key);
    const payload: RecomputeAllPayload = { reason: 'nightly' };
    await withQueueTimeout(
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

  /** A job of the summaries queue, or null. */
  job(id: string): Promise<JobDescription | null> {
    return describeJob(this.queue, id);
  }
}
