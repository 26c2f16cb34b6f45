import { useEffect, useRef, type ReactNode } from 'react';
import type { WorkflowState } from '../api/codes';
import { useI18n } from '../i18n';
import { EDITABLE_STATES } from '../lib/permissions';
import { StateBadge } from './badges';

export interface ConflictRow {
  key: string;
  label: ReactNode;
  mine: ReactNode;
  theirs: ReactNode;
  differs: boolean;
}

/**
 * Someone else saved the record while this user was editing: both versions side by side, the
 * differences marked, and the choice — never a silent overwrite.
 */
export function ConflictView({
  rows,
  theirs,
  busy,
  onKeepMine,
  onTakeTheirs,
}: {
  rows: ConflictRow[];
  theirs: { state: WorkflowState; version: number; updatedBy: string; updatedAt: string } | null;
  busy: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
}) {
  const { t, dateTime } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const editable = !theirs || EDITABLE_STATES.includes(theirs.state);
  const differing = rows.filter((r) => r.differs).length;

  return (
    <section className="card conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        {t('conflict.title')}
      </h2>
      <p>
        {theirs
          ? t('conflict.explain', {
              who: theirs.updatedBy,
              when: dateTime(theirs.updatedAt),
              version: theirs.version,
            })
          : t('conflict.explainNew')}
      </p>
      {theirs && (
        <p>
          {t('conflict.savedState')} <StateBadge state={theirs.state} />
        </p>
      )}
      <p role="status">{t('conflict.differences', { n: differing })}</p>
      <ComparisonTable rows={rows} />
      {!editable && <p className="notice notice-warning">{t('conflict.notEditable')}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={onKeepMine}
          disabled={busy || !editable}
        >
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button secondary" onClick={onTakeTheirs} disabled={busy}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </section>
  );
}

/** Each part, my version beside the saved one, the differences marked. */
function ComparisonTable({ rows }: { rows: ConflictRow[] }) {
  const { t } = useI18n();
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('common.table', { name: t('conflict.compare') })}
      tabIndex={0}
    >
      <table className="conflict-table">
        <caption className="visually-hidden">{t('conflict.compare')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.differs ? 'differs' : undefined}>
              <th scope="row">
                {row.label}
                {row.differs && (
                  <span className="badge differs-badge">{t('conflict.differs')}</span>
                )}
              </th>
              <td>{row.mine}</td>
              <td>{row.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
