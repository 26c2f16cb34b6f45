import { NotificationJobs } from '@app/notifications';
import { NOTIFICATIONS_QUEUE } from '@app/queue';
import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bull';

const SYNC_EVERY_MS = 60_000;

/**
 * Keeps the digest schedules in step with subscribers' time zones (a new zone gets its own cron,
 * a zone no one uses any more loses it): at start, every minute, and when Redis comes back.
 */
@Injectable()
export class NotificationSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSchedules.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: NotificationJobs,
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queue.client.on('ready', () => void this.sync());
    this.timer = setInterval(() => void this.sync(), SYNC_EVERY_MS);
    await this.sync();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sync(): Promise<void> {
    try {
      const { added, removed } = await this.jobs.syncSchedules();
      if (added || removed) this.logger.log({ added, removed }, 'email schedules updated');
    } catch (error) {
      this.logger.warn({ err: error }, 'Cannot update email schedules yet; will retry');
    }
  }
}
