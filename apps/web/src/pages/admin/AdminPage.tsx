import { useMutation, useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { startQueueBoardSession } from '../../api/client';
import { queries } from '../../api/queries';
import { ErrorNotice, Loading, PageHeading } from '../../components/feedback';
import { useI18n, type MessageKey } from '../../i18n';
import { loadable } from '../../lib/loading';
import { AdminPeriods } from './AdminPeriods';
import { AdminTreatyImports } from './AdminTreatyImports';
import { AdminUsers } from './AdminUsers';

export type AdminSection = 'users' | 'periods' | 'treaties' | 'system';
const SECTIONS: { key: AdminSection; to: string; label: MessageKey }[] = [
  { key: 'users', to: '/administration', label: 'admin.users' },
  { key: 'periods', to: '/administration/periods', label: 'admin.periods' },
  { key: 'treaties', to: '/administration/treaties', label: 'admin.treaties' },
  { key: 'system', to: '/administration/system', label: 'admin.system' },
];

/** Administration: accounts and their scopes, reporting periods, treaty status imports, queue health. */
export function AdminPage({ section }: { section: AdminSection }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('admin.title')}>{t('admin.title')}</PageHeading>
      <nav aria-label={t('admin.sections')} className="subnav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.key}>
              {/* aria-current="page" on the current one */}
              <NavLink to={s.to} end>
                {t(s.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'users' && <AdminUsers />}
      {section === 'periods' && <AdminPeriods />}
      {section === 'treaties' && <AdminTreatyImports />}
      {section === 'system' && <AdminSystem />}
    </>
  );
}

function AdminSystem() {
  const { t } = useI18n();
  const ready = loadable(useQuery(queries.readiness));
  // The board keeps its own HttpOnly cookie, given for the bearer in a header (never a URL).
  const board = useMutation({
    mutationFn: async (tab: Window | null) => {
      try {
        await startQueueBoardSession();
      } catch (error) {
        tab?.close();
        throw error;
      }
      if (tab) tab.location.href = '/admin/queues';
      else window.location.assign('/admin/queues');
    },
  });
  const openBoard = () => {
    // Opened now, while the click still allows a new tab; pointed at the board once it may be.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    board.mutate(tab);
  };

  return (
    <section className="card" aria-labelledby="system-title">
      <h2 id="system-title">{t('admin.system')}</h2>
      <h3>{t('admin.readiness')}</h3>
      {ready.loading && <Loading />}
      {ready.error !== null && <ErrorNotice error={ready.error} onRetry={ready.reload} />}
      {ready.data && !ready.loading && (
        <p role="status">
          {ready.data.status === 'ok' ? t('admin.ready') : t('admin.notReady')}{' '}
          {ready.data.info && (
            <span className="hint" lang="en">
              (
              {Object.entries(ready.data.info)
                .map(([name, v]) => `${name}: ${v.status}`)
                .join(', ')}
              )
            </span>
          )}
        </p>
      )}
      <h3>{t('admin.queues')}</h3>
      <p>{t('admin.queuesIntro')}</p>
      {board.error !== null && <ErrorNotice error={board.error} />}
      <p>
        <button
          type="button"
          className="button secondary"
          disabled={board.isPending}
          onClick={openBoard}
        >
          {t('admin.openQueues')}
        </button>
      </p>
    </section>
  );
}
