import { AppConfig } from '@app/config';
import {
  AccountNotice,
  describeJob,
  DigestsPayload,
  JobDescription,
  NOTIFICATIONS_QUEUE,
  NotificationJob,
  NotifyTransitionPayload,
  RemindersPayload,
  SendDigestsPayload,
  SendReminderPayload,
  SendWorkflowNoticePayload,
  withQueueTimeout,
} from '@app/queue';
import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { digestScheduleZones } from './subscriptions/subscription.queries';
import type { WorkflowEmails } from './workflow/workflow-notices.service';

/** A batch runs this long after its window closes, so that the window's last arrivals are in it. */
const BATCH_SETTLE_MS = 500;

export const EMAIL_SCHEDULES = ['weekly', 'monthly', 'reminders'] as const;

const scheduleKey = (name: string, cron: string, tz: string, id: string) =>
  `${name}|${cron}|${tz}|${id}`;
export type EmailSchedule = (typeof EMAIL_SCHEDULES)[number];

/** Puts email work on the `notifications` queue and keeps its schedules in step with subscribers. */
@Injectable()
export class NotificationJobs {
  constructor(
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Runs a schedule now (an admin's request): the same job the schedule would queue. */
  async runNow(schedule: EmailSchedule): Promise<string> {
    const job =
      schedule === 'reminders'
        ? await withQueueTimeout(
            this.queue.add(NotificationJob.Reminders, { reason: 'on-demand' } as RemindersPayload, {
              jobId: `run:reminders:${randomUUID()}`,
            }),
          )
        : await withQueueTimeout(
            this.queue.add(
              NotificationJob.Digests,
              { frequency: schedule, reason: 'on-demand' } as DigestsPayload,
              { jobId: `run:${schedule}:${randomUUID()}` },
            ),
          );
    return String(job.id);
  }

  /**
   * One job per batch of emails. The delivery record, keyed by the email, is what makes each go
   * out once: a retried batch skips what it already sent, and a job id per batch would let a
   * failed or finished job block its emails' next attempt.
   */
  async sendDigests(batches: SendDigestsPayload[]): Promise<void> {
    await this.queue.addBulk(batches.map((data) => ({ name: NotificationJob.SendDigests, data })));
  }

  async sendAccountNotices(notices: AccountNotice[]): Promise<void> {
    await withQueueTimeout(
      this.queue.addBulk(
        notices.map((data) => ({ name: NotificationJob.SendAccountNotice, data })),
      ),
    );
  }

  async notifyTransitions(payloads: NotifyTransitionPayload[]): Promise<void> {
    await withQueueTimeout(
      this.queue.addBulk(
        payloads.map((data) => ({ name: NotificationJob.NotifyTransition, data })),
      ),
    );
  }

  /**
   * Review outcomes are sent at once. Submissions wait for the end of their batch window: one
   * delayed job per coordinator and window, under a job id that a second request finds.
   */
  async sendWorkflowEmails(emails: WorkflowEmails): Promise<void> {
    await this.queue.addBulk(
      emails.notices.map((notificationId) => ({
        name: NotificationJob.SendWorkflowNotice,
        data: { notificationId } as SendWorkflowNoticePayload,
      })),
    );
    const windowMs = this.config.schedules.workflowBatchMs;
    for (const batch of emails.batches) {
      const windowEnd = Date.parse(batch.windowStart) + windowMs;
      await this.queue.add(NotificationJob.SendWorkflowBatch, batch, {
        jobId: `workflow-batch-${batch.userId}-${Date.parse(batch.windowStart)}`,
        delay: Math.max(0, windowEnd + BATCH_SETTLE_MS - Date.now()),
      });
    }
  }

  async sendReminders(payloads: SendReminderPayload[]): Promise<void> {
    await this.queue.addBulk(
      payloads.map((data) => ({ name: NotificationJob.SendReminder, data })),
    );
  }

  /**
   * One repeatable digest job per frequency and subscriber time zone (cron in that zone), plus
   * the daily reminders run; schedules no subscriber needs any more are removed. Bull keeps one
   * of each however many workers call this.
   */
  async syncSchedules(): Promise<{ added: number; removed: number }> {
    const zones = await digestScheduleZones(this.dataSource.manager);
    const cron = (frequency: 'weekly' | 'monthly') =>
      frequency === 'weekly'
        ? this.config.schedules.weeklyDigestCron
        : this.config.schedules.monthlyDigestCron;
    const wanted = new Map<
      string,
      { name: NotificationJob; data: object; cron: string; tz: string; id: string }
    >();
    const want = (name: NotificationJob, data: object, cron: string, tz: string) => {
      // Bull splits repeat keys on ':', so schedule ids must not contain one.
      const id = `${name}-${(data as Partial<DigestsPayload>).frequency ?? 'daily'}-${tz}`;
      wanted.set(scheduleKey(name, cron, tz, id), { name, data, cron, tz, id });
    };
    for (const zone of zones) {
      const data: DigestsPayload = { ...zone, reason: 'schedule' };
      want(NotificationJob.Digests, data, cron(zone.frequency), zone.timeZone);
    }
    want(
      NotificationJob.Reminders,
      { reason: 'schedule' } as RemindersPayload,
      this.config.schedules.reminderCron,
      'UTC',
    );
    const existing = await withQueueTimeout(this.queue.getRepeatableJobs());
    let removed = 0;
    for (const job of existing) {
      const key = scheduleKey(job.name, job.cron ?? '', job.tz ?? 'UTC', job.id ?? '');
      if (wanted.has(key)) wanted.delete(key);
      else {
        await this.queue.removeRepeatableByKey(job.key);
        removed += 1;
      }
    }
    for (const schedule of wanted.values()) {
      await this.queue.add(schedule.name, schedule.data, {
        repeat: { cron: schedule.cron, tz: schedule.tz },
        jobId: schedule.id,
      });
    }
    return { added: wanted.size, removed };
  }

  /** A job of the notifications queue, or null. */
  job(id: string): Promise<JobDescription | null> {
    return describeJob(this.queue, id);
  }
}
