import { listIndicatorSets, listReports } from '../api/endpoints';
import { ErrorNotice, Loading, PageHeading } from '../components/feedback';
import { TableScroll } from '../components/fields';
import { useI18n } from '../i18n';
import { Link } from '../lib/router';
import { useMe } from '../lib/session';
import { useApi } from '../lib/useApi';

const waitingDays = (since: string | null) =>
  since ? Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 86_400_000)) : 0;

/** Coordinator's queue: submitted reports and indicator values of their processes' members. */
export function ReviewQueuePage() {
  const { t, dateTime } = useI18n();
  const me = useMe();
  const queue = useApi(async (signal) => {
    const [reports, indicators] = await Promise.all([
      listReports({ state: 'submitted', sort: 'submittedAt' }, signal),
      listIndicatorSets({ state: 'submitted', sort: 'submittedAt' }, signal),
    ]);
    return { reports, indicators };
  }, []);

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
          <section className="card" aria-labelledby="queue-reports">
            <h2 id="queue-reports">
              {t('review.reports')} <span className="count">({queue.data.reports.total})</span>
            </h2>
            {queue.data.reports.items.length === 0 ? (
              <p>{t('review.emptyReports')}</p>
            ) : (
              <TableScroll label={t('review.reports')}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('common.country')}</th>
                      <th scope="col">{t('common.period')}</th>
                      <th scope="col">{t('common.action')}</th>
                      <th scope="col">{t('review.submittedAt')}</th>
                      <th scope="col">{t('review.waiting')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('review.open')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {queue.data.reports.items.map((r) => (
                      <tr key={`${r.country}-${r.period}-${r.action}`}>
                        <td>
                          <span lang="en">{r.countryName}</span> ({r.country})
                        </td>
                        <td>{r.period}</td>
                        <td>{t('common.actionCode', { action: r.action })}</td>
                        <td>{dateTime(r.submittedAt)}</td>
                        <td>{t('review.days', { n: waitingDays(r.submittedAt) })}</td>
                        <td>
                          <Link to={`/reports/${r.country}/${r.period}/${r.action}`}>
                            {t('review.reviewReport', {
                              country: r.country,
                              period: r.period,
                              action: r.action,
                            })}
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
          <section className="card" aria-labelledby="queue-indicators">
            <h2 id="queue-indicators">
              {t('review.indicators')}{' '}
              <span className="count">({queue.data.indicators.total})</span>
            </h2>
            {queue.data.indicators.items.length === 0 ? (
              <p>{t('review.emptyIndicators')}</p>
            ) : (
              <TableScroll label={t('review.indicators')}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('common.country')}</th>
                      <th scope="col">{t('common.period')}</th>
                      <th scope="col">{t('review.indicatorCount')}</th>
                      <th scope="col">{t('review.submittedAt')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('review.open')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {queue.data.indicators.items.map((s) => (
                      <tr key={`${s.country}-${s.period}`}>
                        <td>
                          <span lang="en">{s.countryName}</span> ({s.country})
                        </td>
                        <td>{s.period}</td>
                        <td>{s.indicators}</td>
                        <td>{dateTime(s.submittedAt)}</td>
                        <td>
                          <Link to={`/indicators/${s.country}/${s.period}`}>
                            {t('review.reviewIndicators', { country: s.country, period: s.period })}
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        </>
      )}
    </>
  );
}
