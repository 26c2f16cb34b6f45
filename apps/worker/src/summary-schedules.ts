import { AppConfig } from '@app/config';
import { SummaryJobs } from '@app/summaries';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

/** Registers the nightly recompute, and catches up once at start (a stopped worker missed changes). */
@Injectable()
export class SummarySchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(SummarySchedules.name);

  constructor(
    private readonly jobs: SummaryJobs,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.scheduleNightly(this.config.jobs.nightlyCron);
    const id = await this.jobs.refresh({ reason: 'startup' });
    this.logger.log(
      { cron: this.config.jobs.nightlyCron, startupJob: id },
      'summary schedules registered',
    );
  }
}
