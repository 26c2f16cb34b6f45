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
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span className="notification-count" aria-hidden="true">
          {unread}
        </span>
      )}
    </NavLink>
  );
}
