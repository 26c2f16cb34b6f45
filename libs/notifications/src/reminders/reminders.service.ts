import { AppConfig } from '@app/config';
import { SendReminderPayload } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryOutcome, EmailDeliveries } from '../delivery/email-deliveries.service';
import { RecipientRow, recipientOf } from '../delivery/recipient.queries';
import { daysBetween, isoWeek } from '../domain/schedule-window';
import { messagesFor } from '../render/messages';
import { renderReminder, ReminderEmailInput } from '../render/reminder-email';
import {
  coordinatorsOverdue,
  coordinatorsWithWaitingReviews,
  focalPointsDueSoon,
  overdueMembersOf,
  periodDue,
  unsubmittedReports,
  waitingForReview,
} from './reminder.queries';

type Common = Pick<ReminderEmailInput, 'locale' | 'recipientName' | 'appUrl'>;

/**
 * Reminders, worked out daily: focal points before a due date (the actions of their countries
 * not submitted yet), coordinators after it (members overdue, weekly) and of submissions waiting
 * in their review queue too long (weekly). Each is sent once per recipient and window; what it
 * lists is read again when it is sent, so nobody is reminded of what they did meanwhile.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: EmailDeliveries,
    private readonly config: AppConfig,
  ) {}

  /** The reminders due on `today` (YYYY-MM-DD, UTC). */
  async due(today: string): Promise<SendReminderPayload[]> {
    const db = this.dataSource.manager;
    const { reminderDaysBeforeDue, reviewReminderDays } = this.config.schedules;
    const week = isoWeek(today);
    const dueSoon = await focalPointsDueSoon(db, today, reminderDaysBeforeDue);
    const overdue = await coordinatorsOverdue(db, today);
    const review = await coordinatorsWithWaitingReviews(db, today, reviewReminderDays);
    return [
      ...dueSoon.map((r) => ({
        kind: 'reminder_due' as const,
        userId: r.userId,
        period: r.period,
        window: `${r.period}:due-soon`,
      })),
      ...overdue.map((r) => ({
        kind: 'reminder_overdue' as const,
        userId: r.userId,
        period: r.period,
        window: `${r.period}:overdue:${week}`,
      })),
      ...review.map((r) => ({
        kind: 'reminder_review' as const,
        userId: r.userId,
        window: `review:${week}`,
      })),
    ];
  }

  async send(payload: SendReminderPayload, today: string): Promise<DeliveryOutcome | 'nothing'> {
    const user = await recipientOf(this.dataSource.manager, payload.userId);
    if (!user?.active) return 'nothing';
    const input = await this.content(payload, user, today);
    if (!input) return 'nothing';
    const rendered = renderReminder(input);
    return this.deliveries.deliver({
      key: `${payload.kind}:${user.id}:${payload.window}`,
      kind: payload.kind,
      userId: user.id,
      to: user.email,
      window: payload.window,
      ...rendered,
      content: { ...input, locale: undefined, recipientName: undefined },
    });
  }

  /** What the reminder lists, read now; null when nothing is left to remind of. */
  private async content(
    payload: SendReminderPayload,
    user: RecipientRow,
    today: string,
  ): Promise<ReminderEmailInput | null> {
    const common: Common = {
      locale: user.locale,
      recipientName: user.name,
      appUrl: this.config.appBaseUrl,
    };
    if (payload.kind === 'reminder_review') return this.reviewContent(common, user, today);
    const period = payload.period && (await periodDue(this.dataSource.manager, payload.period));
    if (!period) return null;
    return payload.kind === 'reminder_due'
      ? this.dueContent(common, user, period, today)
      : this.overdueContent(common, user, period);
  }

  private async reviewContent(
    common: Common,
    user: RecipientRow,
    today: string,
  ): Promise<ReminderEmailInput | null> {
    const days = this.config.schedules.reviewReminderDays;
    const waiting = await waitingForReview(this.dataSource.manager, {
      userId: user.id,
      today,
      days,
      indicatorValues: messagesFor(user.locale).indicatorValues,
    });
    return waiting.length ? { ...common, kind: 'reminder_review', days, waiting } : null;
  }

  private async dueContent(
    common: Common,
    user: RecipientRow,
    period: { code: string; dueOn: string },
    today: string,
  ): Promise<ReminderEmailInput | null> {
    const missing = await unsubmittedReports(this.dataSource.manager, user.id, period.code);
    return missing.length
      ? {
          ...common,
          kind: 'reminder_due',
          period: period.code,
          dueOn: period.dueOn,
          daysLeft: daysBetween(today, period.dueOn),
          missing,
        }
      : null;
  }

  private async overdueContent(
    common: Common,
    user: RecipientRow,
    period: { code: string; dueOn: string },
  ): Promise<ReminderEmailInput | null> {
    const overdue = await overdueMembersOf(this.dataSource.manager, user.id, period.code);
    return overdue.length
      ? { ...common, kind: 'reminder_overdue', period: period.code, dueOn: period.dueOn, overdue }
      : null;
  }
}
