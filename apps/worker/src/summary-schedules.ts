import { AppConfig } from '@app/config';
import { SummaryJobs } from '@app/summaries';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

/**
 * Registers the nightly recompute and queues a catch-up run, at start and again whenever Redis
 * comes back: a Redis that restarted empty has lost both the schedule and any queued recomputes.
 */
@Injectable()
export class SummarySchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(SummarySchedules.name);

  constructor(
    private readonly jobs: SummaryJobs,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.jobs.onQueueReady(() => this.register());
    await this.register();
  }

  private async register(): Promise<void> {
    try {
      await this.jobs.scheduleNightly(this.config.jobs.nightlyCron);
      const catchUp = await this.jobs.catchUp();
      this.logger.log(
        { cron: this.config.jobs.nightlyCron, catchUp },
        'summary schedules registered',
      );
    } catch (error) {
      // Redis is away: its 'ready' event brings us back here.
      this.logger.warn({ err: error }, 'Cannot register summary schedules yet; will retry');
    }
  }
}
