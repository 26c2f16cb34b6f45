import {
  RecomputeAllPayload,
  RecomputePayload,
  SUMMARIES_QUEUE,
  SummaryJob,
  SummaryStamp,
} from '@app/queue';
import { SummariesService } from '@app/summaries';
import { OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';

@Processor(SUMMARIES_QUEUE)
export class SummariesProcessor {
  private readonly logger = new Logger(SummariesProcessor.name);

  constructor(private readonly summaries: SummariesService) {}

  @Process(SummaryJob.Recompute)
  recompute(job: Job<RecomputePayload>): Promise<SummaryStamp> {
    // Upserts one snapshot per (process, period): a retry or a duplicate writes the same row again.
    const { process, period } = job.data;
    return this.logged(job, this.summaries.recompute(process, period), 'summary recomputed');
  }

  // Bull adds up the concurrency of a queue's named handlers: this one adds none, so a worker
  // still runs two summary jobs at once, as before refreshes had a handler of their own.
  @Process({ name: SummaryJob.RefreshProgress, concurrency: 0 })
  refreshProgress(job: Job<RecomputePayload>): Promise<SummaryStamp> {
    const { process, period } = job.data;
    const refresh = this.summaries.refreshProgress(process, period);
    return this.logged(job, refresh, 'summary progress refreshed');
  }

  private async logged(
    job: Job<RecomputePayload>,
    work: Promise<SummaryStamp>,
    message: string,
  ): Promise<SummaryStamp> {
    const stamp = await work;
    this.logger.log({ job: job.id, name: job.name, ...job.data, changed: stamp.changed }, message);
    return stamp;
  }

  @Process(SummaryJob.RecomputeAll)
  async recomputeAll(
    job: Job<RecomputeAllPayload>,
  ): Promise<{ summaries: number; changed: number }> {
    const pairs = await this.summaries.pairs({
      process: job.data.process,
      period: job.data.period,
    });
    const changed = await this.summaries.recomputeMany(pairs, (done) =>
      job.progress(Math.round((done / pairs.length) * 100)),
    );
    this.logger.log(
      { job: job.id, name: job.name, reason: job.data.reason, summaries: pairs.length, changed },
      'summaries recomputed',
    );
    return { summaries: pairs.length, changed };
  }

  @OnQueueFailed()
  failed(job: Job, error: Error): void {
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn(
      { job: job.id, name: job.name, attemptsMade: job.attemptsMade, final, err: error },
      final ? 'summary job failed; kept for inspection' : 'summary job failed; will retry',
    );
  }
}
