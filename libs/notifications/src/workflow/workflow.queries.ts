import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '../entities';

/** One transition's notification, as its email needs it. */
export interface CreatedNotificationRow {
  id: string;
  userId: string;
  kind: NotificationKind;
  email: NotificationDelivery;
  createdAt: Date;
}

export interface NewNotifications {
  kind: NotificationKind;
  eventKey: string;
  recordType: 'report' | 'indicator_set';
  country: string;
  period: string;
  action: string | null;
  actorId: string;
  comment: string | null;
  occurredAt: string;
}

/** Submissions: the active coordinators of every process the country is a member of. */
const COORDINATORS = `SELECT DISTINCT u.id FROM app_user u
   JOIN user_process up ON up.user_id = u.id
   JOIN process_membership m ON m.process_code = up.process_code AND m.role = 'member'
  WHERE m.country_iso3 = $5 AND u.role = 'coordinator' AND u.active`;

/** Review outcomes: the active focal points of the country. */
const FOCAL_POINTS = `SELECT u.id FROM app_user u
   JOIN user_country uc ON uc.user_id = u.id
  WHERE uc.country_iso3 = $5 AND u.role = 'focal_point' AND u.active`;

/**
 * Creates the transition's notifications for its recipients (never the one who made it), each
 * with the recipient's email choice for its kind; a recipient who has one keeps it (a replay
 * adds nothing). Returns every notification of the transition, new or not.
 */
export async function createNotifications(
  db: EntityManager,
  recipients: 'coordinators' | 'focal_points',
  event: NewNotifications,
): Promise<CreatedNotificationRow[]> {
  await sqlRows(
    db,
    `INSERT INTO notification (user_id, kind, event_key, record_type, country, period, action, actor_id, comment, occurred_at, email)
     SELECT r.id, $1, $2, $3, $5, $6, $7, $8, $9, $10, COALESCE(p.delivery, 'immediately')
       FROM (${recipients === 'coordinators' ? COORDINATORS : FOCAL_POINTS}) r
       LEFT JOIN notification_preference p ON p.user_id = r.id AND p.kind = $4
      WHERE r.id <> $8
     ON CONFLICT (event_key, user_id) DO NOTHING`,
    [
      event.kind,
      event.eventKey,
      event.recordType,
      event.kind,
      event.country,
      event.period,
      event.action,
      event.actorId,
      event.comment,
      event.occurredAt,
    ],
  );
  return sqlRows<CreatedNotificationRow>(
    db,
    `SELECT id, user_id AS "userId", kind, email, created_at AS "createdAt"
       FROM notification WHERE event_key = $1 ORDER BY id`,
    [event.eventKey],
  );
}

/** A notification as an email tells it: the record, who did it, and the recipient. */
export interface NotificationMailRow {
  id: string;
  userId: string;
  kind: NotificationKind;
  email: NotificationDelivery;
  recordType: 'report' | 'indicator_set';
  country: string;
  countryName: string;
  period: string;
  action: string | null;
  actorName: string | null;
  comment: string | null;
  occurredAt: Date;
  createdAt: Date;
}

const MAIL_COLUMNS = `n.id, n.user_id AS "userId", n.kind, n.email, n.record_type AS "recordType",
       n.country, c.name AS "countryName", n.period, n.action, a.name AS "actorName", n.comment,
       n.occurred_at AS "occurredAt", n.created_at AS "createdAt"
  FROM notification n JOIN country c ON c.iso3 = n.country LEFT JOIN app_user a ON a.id = n.actor_id`;

export function notificationForMail(
  db: EntityManager,
  id: string,
): Promise<NotificationMailRow | undefined> {
  return sqlRow<NotificationMailRow>(db, `SELECT ${MAIL_COLUMNS} WHERE n.id = $1`, [id]);
}

/** A recipient's notifications created in [from, until) that email tells of in one way. */
export function notificationsForMail(
  db: EntityManager,
  filter: { userId: string; email: NotificationDelivery; from: Date; until: Date },
): Promise<NotificationMailRow[]> {
  return sqlRows<NotificationMailRow>(
    db,
    `SELECT ${MAIL_COLUMNS}
      WHERE n.user_id = $1 AND n.email = $2 AND n.created_at >= $3 AND n.created_at < $4
      ORDER BY n.occurred_at, n.id`,
    [filter.userId, filter.email, filter.from, filter.until],
    'prepared',
  );
}

/** A comment thread on a part of a record, as an email lists it. */
export interface OpenThreadRow {
  partKind: string;
  partKey: string | null;
  body: string;
}

/**
 * The comment threads of a notification's record that were open when it happened (a return:
 * what the focal point is asked to answer), oldest first.
 */
export function openThreadsAt(
  db: EntityManager,
  notification: Pick<
    NotificationMailRow,
    'recordType' | 'country' | 'period' | 'action' | 'occurredAt'
  >,
): Promise<OpenThreadRow[]> {
  return sqlRows<OpenThreadRow>(
    db,
    `SELECT c.part_kind AS "partKind", c.part_key AS "partKey", c.body
       FROM record_comment c
      WHERE c.record_type = $1 AND c.thread_id IS NULL
        AND c.entity_id = CASE WHEN $1 = 'report'
              THEN (SELECT id::text FROM report WHERE country_iso3 = $2 AND period_code = $3 AND action_code = $4)
              ELSE $2 || '/' || $3 END
        AND c.created_at <= $5 AND (c.resolved_at IS NULL OR c.resolved_at > $5)
      ORDER BY c.created_at, c.id`,
    [
      notification.recordType,
      notification.country,
      notification.period,
      notification.action,
      notification.occurredAt,
    ],
  );
}
