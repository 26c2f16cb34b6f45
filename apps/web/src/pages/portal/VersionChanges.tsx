import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { portalQueries } from '../../api/portal';
import { ErrorNotice, Loading } from '../../components/feedback';
import { useI18n } from '../../i18n';
import { loadable } from '../../lib/loading';

/** What changed from the previous version, read when the reader opens it. */
export function VersionChanges({ id }: { id: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('portal.changes')}</summary>
      {open && <ChangeList id={id} />}
    </details>
  );
}

function ChangeList({ id }: { id: string }) {
  const { t } = useI18n();
  const changes = loadable(useQuery(portalQueries.changes(id)));
  const shown = (value: string | null) => value ?? t('summary.noData');
  if (changes.error !== null) return <ErrorNotice error={changes.error} onRetry={changes.reload} />;
  if (!changes.data) return <Loading />;
  if (changes.data.comparedWith === null) return <p>{t('portal.firstVersion')}</p>;
  if (changes.data.changes.length === 0)
    return <p>{t('portal.noChanges', { version: changes.data.comparedWith })}</p>;
  return (
    <ul className="portal-changes">
      {changes.data.changes.map((change) => (
        <li key={change.path}>
          <code>{change.path}</code>: {shown(change.before)} → {shown(change.after)}
        </li>
      ))}
    </ul>
  );
}
