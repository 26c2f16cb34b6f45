import { AppConfig } from '@app/config';
import { DigestsService, NotificationJobs, RemindersService } from '@app/notifications';
import {
  DigestsPayload,
  NOTIFICATIONS_QUEUE,
  NotificationJob,
  RemindersPayload,
  SendDigestPayload,
  SendReminderPayload,
} from '@app/queue';
import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';

/**
 * The `notifications` queue. Schedule jobs fan out one job per email; each email job sends at
 * most once (EmailDeliveries), and a failed send is retried with the queue's backoff. Handlers
 * are registered here rather than with decorators so that the number of emails sent at once
 * comes from the typed configuration (the SMTP pool's size).
 */
@Injectable()
export class NotificationsProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue,
    private readonly digests: DigestsService,
    private readonly reminders: RemindersService,
    private readonly jobs: NotificationJobs,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const senders = this.config.mail.maxConnections * 2;
    void this.queue.process(NotificationJob.Digests, 1, (job: Job<DigestsPayload>) =>
      this.fanOutDigests(job),
    );
    void this.queue.process(NotificationJob.SendDigest, senders, (job: Job<SendDigestPayload>) =>
      this.digests.send(job.data),
    );
    void this.queue.process(NotificationJob.Reminders, 1, (job: Job<RemindersPayload>) =>
      this.fanOutReminders(job),
    );
    void this.queue.process(
      NotificationJob.SendReminder,
      senders,
      (job: Job<SendReminderPayload>) =>
        this.reminders.send(job.data, new Date(job.timestamp).toISOString().slice(0, 10)),
    );
    this.queue.on('failed', (job: Job, error: Error) => {
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger.warn(
        { job: job.id, name: job.name, attemptsMade: job.attemptsMade, final, err: error },
        final
          ? 'notification job failed; kept for inspection'
          : 'notification job failed; will retry',
      );
    });
  }

  private async fanOutDigests(job: Job<DigestsPayload>): Promise<{ emails: number }> {
    const due = await this.digests.due(job.data);
    await this.jobs.sendDigests(due);
    this.logger.log({ job: job.id, ...job.data, emails: due.length }, 'digests queued');
    return { emails: due.length };
  }

  private async fanOutReminders(job: Job<RemindersPayload>): Promise<{ emails: number }> {
    const today = job.data.today ?? new Date().toISOString().slice(0, 10);
    const due = await this.reminders.due(today);
    await this.jobs.sendReminders(due);
    this.logger.log({ job: job.id, today, emails: due.length }, 'reminders queued');
    return { emails: due.length };
  }
}
