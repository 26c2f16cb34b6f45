import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { markNotificationsRead } from '../api/endpoints';
import type { NotificationDoc } from '../api/generated/api';
import { queries } from '../api/queries';
import { ErrorNotice, Loading, LiveStatus, PageHeading } from '../components/feedback';
import { useI18n } from '../i18n';
import { loadable } from '../lib/loading';
import { useAction } from '../lib/useAction';

const PAGE_SIZE = 20;

/** What happened, in the reader's language: "Ana returned the report of Mexico, 2025, action (d)." */
export function useNotificationText() {
  const { t } = useI18n();
  return (item: NotificationDoc) =>
    t('notification.event', {
      kind: item.kind,
      actor: item.actorName ?? t('notification.someone'),
      record: t('notification.record', {
        type: item.recordType,
        country: item.countryName,
        period: item.period,
        action: item.action ?? '',
      }),
    });
}

/** The signed-in user's notifications: newest first, each linking to its record. */
export function NotificationsPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = loadable(
    useQuery(queries.notifications({ page, pageSize: PAGE_SIZE, unread: unreadOnly })),
  );
  const action = useAction([['notifications']]);
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeading title={t('notifications.title')}>{t('notifications.title')}</PageHeading>
      <section className="card" aria-label={t('notifications.title')}>
        <div className="inline-form">
          <label>
            <input
              type="checkbox"
              checked={unreadOnly}
              onChange={(e) => {
                setUnreadOnly(e.target.checked);
                setPage(1);
              }}
            />{' '}
            {t('notifications.onlyUnread')}
          </label>
          {data && <span>{t('notifications.unread', { count: data.unread })}</span>}
          <button
            type="button"
            className="button secondary"
            disabled={action.busy || !data?.unread}
            onClick={() =>
              void action.act(
                () => markNotificationsRead({ all: true }),
                t('notifications.unread', { count: 0 }),
              )
            }
          >
            {t('notifications.markAllRead')}
          </button>
        </div>
        {list.loading && !data && <Loading />}
        {list.error !== null && <ErrorNotice error={list.error} onRetry={list.reload} />}
        {data && data.items.length === 0 && <p>{t('notifications.empty')}</p>}
        {data && data.items.length > 0 && <NotificationList items={data.items} action={action} />}
        {pages > 1 && (
          <nav className="inline-form" aria-label={t('notifications.title')}>
            <button
              type="button"
              className="button link"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              {t('notifications.previous')}
            </button>
            <span>
              {page} / {pages}
            </span>
            <button
              type="button"
              className="button link"
              disabled={page >= pages}
              onClick={() => setPage(page + 1)}
            >
              {t('notifications.next')}
            </button>
          </nav>
        )}
        {action.error !== null && <ErrorNotice error={action.error} />}
        <LiveStatus message={action.message} />
      </section>
    </>
  );
}

function NotificationList({
  items,
  action,
}: {
  items: NotificationDoc[];
  action: ReturnType<typeof useAction>;
}) {
  const { t, dateTime } = useI18n();
  const text = useNotificationText();
  // Opening the record reads the notification: mark it without waiting for the answer.
  const markRead = (item: NotificationDoc) => {
    if (!item.readAt) void action.act(() => markNotificationsRead({ ids: [item.id] }), '');
  };
  return (
    <ul className="notification-list">
      {items.map((item) => (
        <li key={item.id} className={item.readAt ? 'read' : 'unread'}>
          {!item.readAt && <strong className="badge">{t('notifications.new')}</strong>}{' '}
          <Link to={item.path} onClick={() => markRead(item)}>
            {text(item)}
          </Link>
          {item.comment && (
            <p data-user-content>{t('notification.comment', { comment: item.comment })}</p>
          )}
          <p className="when">{dateTime(item.occurredAt)}</p>
          {!item.readAt && (
            <button
              type="button"
              className="button link"
              disabled={action.busy}
              onClick={() => markRead(item)}
            >
              {t('notifications.markRead')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
