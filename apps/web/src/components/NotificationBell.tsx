import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { queries } from '../api/queries';
import { useI18n } from '../i18n';

/** Checked this often while the app is open: people learn of a review without signing in again. */
const CHECK_EVERY_MS = 60_000;

/** The bell in the header: a link to the notifications, with the unread count. */
export function NotificationBell() {
  const { t } = useI18n();
  const { data } = useQuery({
    ...queries.notifications({ pageSize: 1 }),
    refetchInterval: CHECK_EVERY_MS,
  });
  const unread = data?.unread ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="notification-bell"
      aria-label={t('notifications.bell', { count: unread })}
    >
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 && (
        <span className="notification-count" aria-hidden="true">
          {unread}
        </span>
      )}
    </NavLink>
  );
}
