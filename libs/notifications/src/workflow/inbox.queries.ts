import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '../entities';

export interface InboxFilter {
  userId: string;
  unreadOnly: boolean;
  page: number;
  pageSize: number;
}

export interface InboxRow {
  id: string;
  kind: NotificationKind;
  recordType: 'report' | 'indicator_set';
  country: string;
  countryName: string;
  period: string;
  action: string | null;
  actorName: string | null;
  comment: string | null;
  occurredAt: Date;
  createdAt: Date;
  readAt: Date | null;
}

/** One page of a user's notifications, newest first. */
export function inboxPage(db: EntityManager, filter: InboxFilter): Promise<InboxRow[]> {
  return sqlRows<InboxRow>(
    db,
    `SELECT n.id, n.kind, n.record_type AS "recordType", n.country, c.name AS "countryName", n.period,
            n.action, a.name AS "actorName", n.comment, n.occurred_at AS "occurredAt",
            n.created_at AS "createdAt", n.read_at AS "readAt"
       FROM notification n JOIN country c ON c.iso3 = n.country LEFT JOIN app_user a ON a.id = n.actor_id
      WHERE n.user_id = $1 AND (NOT $2 OR n.read_at IS NULL)
      ORDER BY n.occurred_at DESC, n.id DESC LIMIT $3 OFFSET $4`,
    [filter.userId, filter.unreadOnly, filter.pageSize, (filter.page - 1) * filter.pageSize],
  );
}

/** How many notifications the list has, and how many of all the user's are unread. */
export async function inboxCounts(
  db: EntityManager,
  userId: string,
  unreadOnly: boolean,
): Promise<{ total: number; unread: number }> {
  const row = await sqlRow<{ total: number; unread: number }>(
    db,
    `SELECT count(*) FILTER (WHERE NOT $2 OR read_at IS NULL)::int AS total,
            count(*) FILTER (WHERE read_at IS NULL)::int AS unread
       FROM notification WHERE user_id = $1`,
    [userId, unreadOnly],
  );
  return row!;
}

/** Marks the user's own notifications read (all of them, or those ids); returns how many. */
export async function markRead(
  db: EntityManager,
  userId: string,
  ids: 'all' | string[],
): Promise<number> {
  const rows = await sqlRows<{ id: string }>(
    db,
    `UPDATE notification SET read_at = now()
      WHERE user_id = $1 AND read_at IS NULL AND ($2 OR id = ANY($3::bigint[]))
      RETURNING id`,
    [userId, ids === 'all', ids === 'all' ? [] : ids],
  );
  return rows.length;
}

/** The user's choices that differ from the default (immediately). */
export function preferencesOf(
  db: EntityManager,
  userId: string,
): Promise<Array<{ kind: NotificationKind; delivery: NotificationDelivery }>> {
  return sqlRows(db, `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`, [
    userId,
  ]);
}

/** Sets the user's choice for each kind given. */
export async function savePreferences(
  db: EntityManager,
  userId: string,
  choices: Array<{ kind: NotificationKind; delivery: NotificationDelivery }>,
): Promise<void> {
  await sqlRows(
    db,
    `INSERT INTO notification_preference (user_id, kind, delivery)
     SELECT $1, kind, delivery FROM unnest($2::text[], $3::text[]) AS c(kind, delivery)
     ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
    [userId, choices.map((c) => c.kind), choices.map((c) => c.delivery)],
  );
}
