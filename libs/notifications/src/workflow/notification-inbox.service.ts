import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordPath } from '../domain/workflow-notice';
import { NOTIFICATION_KINDS, type NotificationDelivery, type NotificationKind } from '../entities';
import { inboxCounts, inboxPage, markRead, preferencesOf, savePreferences } from './inbox.queries';

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  recordType: 'report' | 'indicator_set';
  country: string;
  countryName: string;
  period: string;
  action: string | null;
  /** The record's page in the web app. */
  path: string;
  actorName: string | null;
  comment: string | null;
  /** When it happened. */
  occurredAt: string;
  /** When you were notified (coordinators' emails are batched by this). */
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPageView {
  items: NotificationView[];
  total: number;
  page: number;
  pageSize: number;
  unread: number;
}

export type NotificationPreferences = Record<NotificationKind, NotificationDelivery>;

/** A user's own notifications and email choices: nobody reads or marks another's. */
@Injectable()
export class NotificationInbox {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    userId: string,
    query: { unreadOnly: boolean; page: number; pageSize: number },
  ): Promise<NotificationPageView> {
    const db = this.dataSource.manager;
    const rows = await inboxPage(db, { userId, ...query });
    const counts = await inboxCounts(db, userId, query.unreadOnly);
    return {
      items: rows.map((row) => ({
        ...row,
        path: recordPath(row),
        occurredAt: row.occurredAt.toISOString(),
        createdAt: row.createdAt.toISOString(),
        readAt: row.readAt?.toISOString() ?? null,
      })),
      total: counts.total,
      page: query.page,
      pageSize: query.pageSize,
      unread: counts.unread,
    };
  }

  /** Marks some or all of the user's notifications read; others' ids are not theirs to mark. */
  async markRead(
    userId: string,
    ids: 'all' | string[],
  ): Promise<{ marked: number; unread: number }> {
    const db = this.dataSource.manager;
    const marked = await markRead(db, userId, ids);
    const { unread } = await inboxCounts(db, userId, true);
    return { marked, unread };
  }

  async preferences(userId: string): Promise<NotificationPreferences> {
    const chosen = new Map(
      (await preferencesOf(this.dataSource.manager, userId)).map((p) => [p.kind, p.delivery]),
    );
    return Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, chosen.get(kind) ?? 'immediately']),
    ) as NotificationPreferences;
  }

  async setPreferences(
    userId: string,
    choices: NotificationPreferences,
  ): Promise<NotificationPreferences> {
    await savePreferences(
      this.dataSource.manager,
      userId,
      NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: choices[kind] })),
    );
    return this.preferences(userId);
  }
}
