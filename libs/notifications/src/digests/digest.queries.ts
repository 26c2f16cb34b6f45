import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import { RECIPIENT_COLUMNS, type RecipientRow } from '../delivery/recipient.queries';
import type { DigestBaseline, ReportingPeriodDue, ValidationEvent } from '../domain/digest';
import type { DigestFrequency } from '../entities';

/** Active subscribers of a frequency, optionally only those in one time zone. */
export function digestSubscribers(
  db: EntityManager,
  frequency: DigestFrequency,
  timeZone: string | null,
): Promise<Array<{ id: string; timeZone: string }>> {
  return db.query(
    `SELECT DISTINCT u.id, u.time_zone AS "timeZone"
       FROM subscription s JOIN app_user u ON u.id = s.user_id
      WHERE u.active AND s.frequency = $1 AND ($2::text IS NULL OR u.time_zone = $2)
      ORDER BY u.id`,
    [frequency, timeZone],
  );
}

export interface SubscribedProcessRow {
  /** The subscription's id. */
  id: string;
  process: string;
  processName: string;
}

export interface SentDigestRow {
  content: DigestBaseline | null;
  sentAt: Date;
}

/** Everything a digest reads about its subscriber, in one statement (10,000 of them a week). */
export interface DigestRecipientRow {
  recipient: RecipientRow;
  /** The subscriptions of the digest's frequency, in the processes' order. */
  subscriptions: SubscribedProcessRow[];
  /** The last digest of that frequency sent to the user, other than this one. */
  last: SentDigestRow | null;
  periods: ReportingPeriodDue[];
  /** Whether any workflow notification ever waited for the user's digest (most never get one). */
  hasDigestNotices: boolean;
}

/**
 * A user with their subscriptions of a frequency, their last digest but `exceptKey`, the periods,
 * and whether workflow notices ever waited for their digest.
 */
export async function digestRecipient(
  db: EntityManager,
  userId: string,
  frequency: DigestFrequency,
  exceptKey: string,
): Promise<DigestRecipientRow | undefined> {
  const row = await sqlRow<
    RecipientRow & {
      subscriptions: SubscribedProcessRow[];
      last: { content: DigestBaseline | null; sentAt: string } | null;
      periods: ReportingPeriodDue[];
      hasDigestNotices: boolean;
    }
  >(
    db,
    `SELECT ${RECIPIENT_COLUMNS},
            COALESCE((SELECT json_agg(json_build_object('id', s.id, 'process', s.process_code, 'processName', p.name)
                                      ORDER BY p.sort_order, s.process_code)
                        FROM subscription s JOIN regional_process p ON p.code = s.process_code
                       WHERE s.user_id = u.id AND s.frequency = $2), '[]') AS subscriptions,
            (SELECT json_build_object('content', d.content, 'sentAt', d.sent_at)
               FROM email_delivery d
              WHERE d.user_id = u.id AND d.kind = 'digest' AND d.status = 'sent'
                AND d."window" LIKE $3 AND d.idempotency_key <> $4
              ORDER BY d.sent_at DESC LIMIT 1) AS last,
            (SELECT json_agg(json_build_object('code', code::text, 'dueOn', due_on)) FROM reporting_period) AS periods,
            EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.email = 'digest') AS "hasDigestNotices"
       FROM app_user u WHERE u.id = $1`,
    [userId, frequency, `${frequency}:%`, exceptKey],
    'prepared',
  );
  if (!row) return undefined;
  const { subscriptions, last, periods, hasDigestNotices, ...recipient } = row;
  return {
    recipient,
    subscriptions,
    last: last && { content: last.content, sentAt: new Date(last.sentAt) },
    periods: periods ?? [],
    hasDigestNotices,
  };
}

/** Reports of the processes' members validated after `from`, oldest first. */
export function validationsSince(
  db: EntityManager,
  processes: string[],
  from: Date,
): Promise<ValidationEvent[]> {
  return sqlRows<ValidationEvent>(
    db,
    `SELECT m.process_code AS process, r.period_code::text AS period, r.country_iso3::text AS country,
            c.name AS "countryName", r.action_code::text AS action, to_json(r.validated_at) #>> '{}' AS "validatedAt"
       FROM report r
       JOIN process_membership m ON m.country_iso3 = r.country_iso3 AND m.role = 'member'
       JOIN country c ON c.iso3 = r.country_iso3
      WHERE m.process_code = ANY($1) AND r.state = 'validated' AND r.validated_at > $2
      ORDER BY r.validated_at, r.country_iso3, r.action_code`,
    [processes, from],
    'prepared',
  );
}
