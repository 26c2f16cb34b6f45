/** Every queue, job name and job payload of the tracker, in one place. */

import type { RecordTransition } from './outbox';

export const SUMMARIES_QUEUE = 'summaries';

export enum SummaryJob {
  /** Recompute one regional summary (process × period). */
  Recompute = 'recompute',
  /**
   * Bring one summary's counts of reports not validated, and its newest change, up to date: what
   * changes that left every validated report as it was (drafts, submissions, returns) can move.
   */
  RefreshProgress = 'refresh-progress',
  /** Recompute every summary, or every period of a process, or every process of a period. */
  RecomputeAll = 'recompute-all',
}

export interface RecomputePayload {
  process: string;
  period: string;
  /** What asked for it: an outbox batch, a refresh request… */
  reason: string;
}

export interface RecomputeAllPayload {
  /** catch-up: after a worker starts or Redis returns. */
  reason: 'nightly' | 'on-demand' | 'catch-up';
  process?: string;
  period?: string;
  /** Who asked, for on-demand runs. */
  requestedBy?: string;
}

/** What a recompute job returns (kept with the completed job). */
export interface SummaryStamp {
  process: string;
  period: string;
  computedAt: string;
  changed: boolean;
}

export const NOTIFICATIONS_QUEUE = 'notifications';

export enum NotificationJob {
  /** A digest schedule fired: queue the digest emails of the subscribers it covers, in batches. */
  Digests = 'digests',
  /** The digest emails of a batch of subscribers, one each, for their schedule windows. */
  SendDigests = 'send-digests',
  /** One subscriber's digest email: what workers before batching queued, still handled. */
  SendDigest = 'send-digest',
  /** The daily reminders run: queue one reminder per recipient that has something due. */
  Reminders = 'reminders',
  /** One reminder email. */
  SendReminder = 'send-reminder',
  /** One email about an account to its owner (see AccountNotice). */
  SendAccountNotice = 'send-account-notice',
  /** A record's workflow transition: in-app notifications for the people concerned, and their emails. */
  NotifyTransition = 'notify-transition',
  /** One workflow notification's email, sent at once. */
  SendWorkflowNotice = 'send-workflow-notice',
  /** One coordinator's workflow notifications of one batch window, in one email. */
  SendWorkflowBatch = 'send-workflow-batch',
}

export interface DigestsPayload {
  frequency: 'weekly' | 'monthly';
  /** Only subscribers in this time zone (the schedule's own); all of them when absent. */
  timeZone?: string;
  /** What asked for it: the schedule, or an admin running it now. */
  reason: 'schedule' | 'on-demand';
}

export interface SendDigestPayload {
  userId: string;
  frequency: 'weekly' | 'monthly';
  /** The schedule window in the subscriber's time zone: `2026-W48` or `2026-11`. */
  window: string;
}

export interface SendDigestsPayload {
  frequency: 'weekly' | 'monthly';
  recipients: Array<Pick<SendDigestPayload, 'userId' | 'window'>>;
}

export interface RemindersPayload {
  reason: 'schedule' | 'on-demand';
  /** The day the reminders are for (YYYY-MM-DD, UTC); today when absent. */
  today?: string;
}

export type ReminderKind = 'reminder_due' | 'reminder_overdue' | 'reminder_review';

export interface SendReminderPayload {
  kind: ReminderKind;
  userId: string;
  /** The reporting period the reminder is about (none for the review queue). */
  period?: string;
  /** The schedule window: one reminder of a kind per recipient and window. */
  window: string;
}

export interface NotifyTransitionPayload {
  /** The outbox message it came from (a replay brings the same transition again). */
  message: string;
  /** When the transition's transaction wrote it. */
  occurredAt: string;
  transition: RecordTransition;
}

export interface SendWorkflowNoticePayload {
  notificationId: string;
}

export interface SendWorkflowBatchPayload {
  userId: string;
  /** The batch window's start (ISO 8601): one email per recipient and window. */
  windowStart: string;
}

export const IMPORTS_QUEUE = 'imports';

export enum ImportJob {
  /** Read an uploaded workbook or CSV, validate it and store its preview (writes no record). */
  Preview = 'preview',
}

/** The job id is the import id: one preview job per upload. */
export interface PreviewImportPayload {
  importId: string;
}
