import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { IndicatorSetListView, ReportListView } from '../api/generated/api';
import { queries } from '../api/queries';
import { ErrorNotice, Loading, PageHeading } from '../components/feedback';
import { TableScroll } from '../components/fields';
import { useI18n } from '../i18n';
import { together } from '../lib/loading';
import { useMe } from '../lib/session';

const waitingDays = (since: string | null) =>
  since ? Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 86_400_000)) : 0;

/** Coordinator's queue: submitted reports and indicator values of their processes' members. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  const me = useMe();
  const queue = together([
    useQuery(queries.reports({ state: 'submitted', sort: 'submittedAt' })),
    useQuery(queries.indicatorSets({ state: 'submitted', sort: 'submittedAt' })),
  ]);

  return (
    <>
      <PageHeading title={t('review.title')}>{t('review.title')}</PageHeading>
      <p className="lead">
        {me.role === 'coordinator'
          ? t('review.introCoordinator', { processes: me.processes.join(', ') })
          : t('review.introAdmin')}
      </p>
      <div className="button-row">
        <button type="button" className="button secondary" onClick={queue.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {queue.loading && <Loading />}
      {queue.error !== null && <ErrorNotice error={queue.error} onRetry={queue.reload} />}
      {queue.data && !queue.loading && (
        <>
          <ReportsWaiting reports={queue.data[0]} />
          <IndicatorsWaiting sets={queue.data[1]} />
        </>
      )}
    </>
  );
}

/** One list of the queue: a table of what waits, each with the link to review it. */
function QueueSection({
  id,
  title,
  total,
  empty,
  columns,
  rows,
}: {
  id: string;
  title: string;
  total: number;
  empty: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">({total})</span>
      </h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <TableScroll label={title}>
          <table className="data-table">
            <thead>
              <tr>
                {columns.map((column, i) => (
                  <th scope="col" key={i}>
                    {column}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('review.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** The country as its name (shown as in the reference data) and code. */
const countryCell = (r: { country: string; countryName: string }) => (
  <>
    <span lang="en">{r.countryName}</span> ({r.country})
  </>
);

function ReportsWaiting({ reports }: { reports: ReportListView }) {
  const { t, dateTime } = useI18n();
  return (
    <QueueSection
      id="queue-reports"
      title={t('review.reports')}
      total={reports.total}
      empty={t('review.emptyReports')}
      columns={[
        t('common.country'),
        t('common.period'),
        t('common.action'),
        t('review.submittedAt'),
        t('review.waiting'),
      ]}
      rows={reports.items.map((r) => ({
        key: `${r.country}-${r.period}-${r.action}`,
        cells: [
          countryCell(r),
          r.period,
          t('common.actionCode', { action: r.action }),
          dateTime(r.submittedAt),
          t('review.days', { n: waitingDays(r.submittedAt) }),
          <Link to={`/reports/${r.country}/${r.period}/${r.action}`}>
            {t('review.reviewReport', { country: r.country, period: r.period, action: r.action })}
          </Link>,
        ],
      }))}
    />
  );
}

function IndicatorsWaiting({ sets }: { sets: IndicatorSetListView }) {
  const { t, dateTime } = useI18n();
  return (
    <QueueSection
      id="queue-indicators"
      title={t('review.indicators')}
      total={sets.total}
      empty={t('review.emptyIndicators')}
      columns={[
        t('common.country'),
        t('common.period'),
        t('review.indicatorCount'),
        t('review.submittedAt'),
      ]}
      rows={sets.items.map((s) => ({
        key: `${s.country}-${s.period}`,
        cells: [
          countryCell(s),
          s.period,
          s.indicators,
          dateTime(s.submittedAt),
          <Link to={`/indicators/${s.country}/${s.period}`}>
            {t('review.reviewIndicators', { country: s.country, period: s.period })}
          </Link>,
        ],
      }))}
    />
  );
}
