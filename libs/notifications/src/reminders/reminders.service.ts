import { AppConfig } from '@app/config';
import { SendReminderPayload } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { daysBetween, isoWeek } from '../domain/schedule-window';
import { DeliveryOutcome, EmailDeliveries } from '../delivery/email-deliveries.service';
import { messagesFor } from '../render/messages';
import { renderReminder, ReminderEmailInput } from '../render/reminder-email';

const ACTIONS = ['a', 'b', 'c', 'd', 'e', 'f'];

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

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
    const before = this.config.schedules.reminderDaysBeforeDue;
    const week = isoWeek(today);
    const dueSoon: Array<{ userId: string; period: string }> = await this.dataSource.query(
      `SELECT DISTINCT uc.user_id AS "userId", p.code::text AS period
         FROM reporting_period p
         JOIN user_country uc ON true
         JOIN app_user u ON u.id = uc.user_id AND u.active AND u.role = 'focal_point'
         CROSS JOIN action a
         LEFT JOIN report r ON r.country_iso3 = uc.country_iso3 AND r.period_code = p.code AND r.action_code = a.code
        WHERE p.state = 'open' AND $1::date BETWEEN p.due_on - $2::int AND p.due_on - 1
          AND (r.id IS NULL OR r.state IN ('draft', 'returned'))`,
      [today, before],
    );
    const overdue: Array<{ userId: string; period: string }> = await this.dataSource.query(
      `WITH overdue AS (
         SELECT m.process_code, p.code AS period
           FROM reporting_period p
           JOIN process_membership m ON m.role = 'member'
           LEFT JOIN report r ON r.country_iso3 = m.country_iso3 AND r.period_code = p.code AND r.state = 'validated'
          WHERE p.state = 'open' AND p.due_on < $1::date AND p.due_on >= $1::date - 366
          GROUP BY m.process_code, p.code, m.country_iso3
         HAVING count(r.id) < 6)
       SELECT DISTINCT up.user_id AS "userId", o.period::text AS period
         FROM overdue o JOIN user_process up ON up.process_code = o.process_code
         JOIN app_user u ON u.id = up.user_id AND u.active AND u.role = 'coordinator'`,
      [today],
    );
    const review: Array<{ userId: string }> = await this.dataSource.query(
      `WITH waiting AS (SELECT country_iso3, submitted_at FROM report WHERE state = 'submitted'
                        UNION ALL
                        SELECT country_iso3, submitted_at FROM indicator_set WHERE state = 'submitted')
       SELECT DISTINCT up.user_id AS "userId"
         FROM user_process up
         JOIN app_user u ON u.id = up.user_id AND u.active AND u.role = 'coordinator'
         JOIN process_membership m ON m.process_code = up.process_code AND m.role = 'member'
         JOIN waiting w ON w.country_iso3 = m.country_iso3
        WHERE w.submitted_at < $1::date - $2::int`,
      [today, this.config.schedules.reviewReminderDays],
    );
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
    const [user]: Array<Recipient & { active: boolean }> = await this.dataSource.query(
      `SELECT id, email, name, locale, active FROM app_user WHERE id = $1`,
      [payload.userId],
    );
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

  private async content(
    payload: SendReminderPayload,
    user: Recipient,
    today: string,
  ): Promise<ReminderEmailInput | null> {
    const common = {
      locale: user.locale,
      recipientName: user.name,
      appUrl: this.config.appBaseUrl,
    };
    if (payload.kind === 'reminder_review') {
      const days = this.config.schedules.reviewReminderDays;
      // Reports by action, and indicator values, submitted and not reviewed for too long.
      const waiting = await this.dataSource.query(
        `WITH waiting AS (
           SELECT country_iso3, period_code, '(' || action_code || ')' AS item, submitted_at FROM report WHERE state = 'submitted'
           UNION ALL
           SELECT country_iso3, period_code, $4 AS item, submitted_at FROM indicator_set WHERE state = 'submitted')
         SELECT DISTINCT w.country_iso3::text AS country, c.name AS "countryName", w.period_code::text AS period,
                w.item, to_json(w.submitted_at) #>> '{}' AS "submittedAt"
           FROM user_process up
           JOIN process_membership m ON m.process_code = up.process_code AND m.role = 'member'
           JOIN waiting w ON w.country_iso3 = m.country_iso3
           JOIN country c ON c.iso3 = w.country_iso3
          WHERE up.user_id = $1 AND w.submitted_at < $2::date - $3::int
          ORDER BY "submittedAt", country, item`,
        [user.id, today, days, messagesFor(user.locale).indicatorValues],
      );
      return waiting.length ? { ...common, kind: 'reminder_review', days, waiting } : null;
    }
    const [period] = await this.dataSource.query(
      `SELECT code::text AS code, due_on AS "dueOn" FROM reporting_period WHERE code = $1`,
      [payload.period],
    );
    if (!period) return null;
    if (payload.kind === 'reminder_due') {
      const missing = await this.dataSource.query(
        `SELECT uc.country_iso3::text AS country, c.name AS "countryName", '(' || a.code || ')' AS action,
                COALESCE(r.state, 'missing') AS state
           FROM user_country uc JOIN country c ON c.iso3 = uc.country_iso3
           CROSS JOIN action a
           LEFT JOIN report r ON r.country_iso3 = uc.country_iso3 AND r.period_code = $2 AND r.action_code = a.code
          WHERE uc.user_id = $1 AND (r.id IS NULL OR r.state IN ('draft', 'returned'))
          ORDER BY c.name, a.code`,
        [user.id, period.code],
      );
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
    const overdue: Array<{ country: string; countryName: string; actions: string[] }> =
      await this.dataSource.query(
        `SELECT m.country_iso3::text AS country, c.name AS "countryName",
                COALESCE(array_agg(r.action_code::text) FILTER (WHERE r.id IS NOT NULL), '{}') AS actions
           FROM user_process up
           JOIN process_membership m ON m.process_code = up.process_code AND m.role = 'member'
           JOIN country c ON c.iso3 = m.country_iso3
           LEFT JOIN report r ON r.country_iso3 = m.country_iso3 AND r.period_code = $2 AND r.state = 'validated'
          WHERE up.user_id = $1
          GROUP BY m.country_iso3, c.name HAVING count(DISTINCT r.action_code) < 6 ORDER BY c.name`,
        [user.id, period.code],
      );
    return overdue.length
      ? {
          ...common,
          kind: 'reminder_overdue',
          period: period.code,
          dueOn: period.dueOn,
          overdue: overdue.map((o) => ({
            country: o.country,
            countryName: o.countryName,
            missingActions: ACTIONS.filter((a) => !o.actions.includes(a)),
          })),
        }
      : null;
  }
}
