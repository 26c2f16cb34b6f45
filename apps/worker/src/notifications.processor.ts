import { AppConfig } from '@app/config';
import {
  AccountNotices,
  DigestsService,
  NotificationJobs,
  RemindersService,
  WorkflowNotices,
} from '@app/notifications';
import {
  AccountNotice,
  DigestsPayload,
  NOTIFICATIONS_QUEUE,
  NotificationJob,
  NotifyTransitionPayload,
  RemindersPayload,
  SendDigestPayload,
  SendDigestsPayload,
  SendReminderPayload,
  SendWorkflowBatchPayload,
  SendWorkflowNoticePayload,
} from '@app/queue';
import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';

/**
 * The `notifications` queue. Schedule jobs fan out one job per email; each email job sends at
 * most once (EmailDeliveries), and a failed send is retried with the queue's backoff. The handler
 * is registered here rather than with decorators so that the number of jobs run at once comes
 * from the typed configuration (the SMTP pool's size).
 */
@Injectable()
export class NotificationsProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue,
    private readonly digests: DigestsService,
    private readonly reminders: RemindersService,
    private readonly accountNotices: AccountNotices,
    private readonly workflow: WorkflowNotices,
    private readonly jobs: NotificationJobs,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // One handler for every job name: Bull adds up the concurrency of named handlers, so one
    // handler is what keeps the emails sent at once to twice the SMTP pool's size.
    void this.queue.process('*', this.config.mail.maxConnections * 2, (job: Job) =>
      this.handle(job),
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

  private handle(job: Job): Promise<unknown> {
    switch (job.name as NotificationJob) {
      case NotificationJob.Digests:
        return this.fanOutDigests(job as Job<DigestsPayload>);
      case NotificationJob.SendDigests:
        return this.digests.sendBatch((job as Job<SendDigestsPayload>).data);
      case NotificationJob.SendDigest:
        return this.digests.send((job as Job<SendDigestPayload>).data);
      case NotificationJob.Reminders:
        return this.fanOutReminders(job as Job<RemindersPayload>);
      case NotificationJob.SendAccountNotice:
        return this.accountNotices.send((job as Job<AccountNotice>).data);
      case NotificationJob.SendReminder:
        return this.reminders.send(
          (job as Job<SendReminderPayload>).data,
          new Date(job.timestamp).toISOString().slice(0, 10),
        );
      case NotificationJob.NotifyTransition:
        return this.notifyTransition(job as Job<NotifyTransitionPayload>);
      case NotificationJob.SendWorkflowNotice:
        return this.workflow.sendNotice(
          (job as Job<SendWorkflowNoticePayload>).data.notificationId,
        );
      case NotificationJob.SendWorkflowBatch:
        return this.workflow.sendBatch((job as Job<SendWorkflowBatchPayload>).data);
      default:
        throw new Error(`No handler for notification job ${job.name}`);
    }
  }

  private async fanOutDigests(job: Job<DigestsPayload>): Promise<{ emails: number; jobs: number }> {
    const batches = await this.digests.due(job.data);
    await this.jobs.sendDigests(batches);
    const emails = batches.reduce((total, batch) => total + batch.recipients.length, 0);
    this.logger.log({ job: job.id, ...job.data, emails, jobs: batches.length }, 'digests queued');
    return { emails, jobs: batches.length };
  }

  private async notifyTransition(
    job: Job<NotifyTransitionPayload>,
  ): Promise<{ notices: number; batches: number }> {
    const emails = await this.workflow.notify(job.data);
    await this.jobs.sendWorkflowEmails(emails);
    const counts = { notices: emails.notices.length, batches: emails.batches.length };
    this.logger.log({ job: job.id, message: job.data.message, ...counts }, 'transition notified');
    return counts;
  }

  private async fanOutReminders(job: Job<RemindersPayload>): Promise<{ emails: number }> {
    const today = job.data.today ?? new Date().toISOString().slice(0, 10);
    const due = await this.reminders.due(today);
    await this.jobs.sendReminders(due);
    this.logger.log({ job: job.id, today, emails: due.length }, 'reminders queued');
    return { emails: due.length };
  }
}
