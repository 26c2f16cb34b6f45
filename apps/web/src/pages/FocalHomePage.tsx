import {
  getCountry,
  getFramework,
  getPeriods,
  listIndicatorSets,
  listReports,
} from '../api/endpoints';
import {
  ACTION_CODES,
  type CountryDetail,
  type Framework,
  type IndicatorSetListItem,
  type Period,
  type ReportListItem,
} from '../api/types';
import { Seeded, StateBadge, StatusBadge } from '../components/badges';
import { ErrorNotice, Loading, PageHeading } from '../components/feedback';
import { TableScroll } from '../components/fields';
import { useI18n } from '../i18n';
import { Link } from '../lib/router';
import { useMe } from '../lib/session';
import { useApi } from '../lib/useApi';
import { daysUntil, today } from '../lib/dates';

interface CountryData {
  country: CountryDetail;
  reports: ReportListItem[];
  indicators: IndicatorSetListItem[];
}

const SUBMITTED = new Set(['submitted', 'validated']);

/** Focal point home: per country, a period × action grid with state, status and what is due. */
export function FocalHomePage() {
  const { t } = useI18n();
  const me = useMe();
  const load = useApi(
    async (signal) => {
      const [framework, periods, countries] = await Promise.all([
        getFramework(),
        getPeriods(signal),
        Promise.all(
          me.countries.map(async (iso3): Promise<CountryData> => {
            const [country, reports, indicators] = await Promise.all([
              getCountry(iso3, signal),
              listReports({ country: iso3 }, signal),
              listIndicatorSets({ country: iso3 }, signal),
            ]);
            return { country, reports: reports.items, indicators: indicators.items };
          }),
        ),
      ]);
      return { framework, periods: [...periods].reverse(), countries };
    },
    [me.countries.join(',')],
  );

  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      {load.loading && !load.data && <Loading />}
      {load.error !== null && <ErrorNotice error={load.error} onRetry={load.reload} />}
      {load.data && me.countries.length === 0 && <p>{t('home.noCountries')}</p>}
      {load.data?.countries.map((data) => (
        <CountryGrid
          key={data.country.iso3}
          data={data}
          periods={load.data!.periods}
          framework={load.data!.framework}
        />
      ))}
    </>
  );
}

/** No record yet: a quiet dash, its meaning said to screen readers. */
function EmptyCell() {
  const { t } = useI18n();
  return (
    <span className="empty-cell">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('state.none')}</span>
    </span>
  );
}

function CountryGrid({
  data,
  periods,
  framework,
}: {
  data: CountryData;
  periods: Period[];
  framework: Framework;
}) {
  const { t, date } = useI18n();
  const iso3 = data.country.iso3;
  const reportOf = (period: string, action: string) =>
    data.reports.find((r) => r.period === period && r.action === action);
  const indicatorsOf = (period: string) => data.indicators.find((s) => s.period === period);
  const returned = data.reports.filter((r) => r.state === 'returned');
  const headingId = `country-${iso3}`;

  const dueText = (period: Period) => {
    const missing = ACTION_CODES.filter(
      (a) => !SUBMITTED.has(reportOf(period.code, a)?.state ?? ''),
    );
    if (period.state === 'closed') return { text: t('home.closed'), kind: 'closed' };
    if (missing.length === 0) return { text: t('home.allSubmitted'), kind: 'done' };
    const days = daysUntil(period.dueOn);
    if (days < 0) return { text: t('home.overdue', { n: missing.length }), kind: 'overdue' };
    return { text: t('home.dueIn', { n: missing.length, days }), kind: 'due' };
  };

  const next = periods
    .filter((p) => p.state === 'open' && p.dueOn >= today())
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/countries/${iso3}`}>
          <span lang="en">{data.country.name}</span>
        </Link>
      </h2>
      {next && (
        <p className="due-line">
          {t('home.nextDue', { period: next.code, date: date(next.dueOn) })}
        </p>
      )}
      {returned.length > 0 && (
        <div className="notice notice-warning">
          <h3>{t('home.returnedTitle')}</h3>
          <ul>
            {returned.map((r) => (
              <li key={`${r.period}-${r.action}`}>
                <Link to={`/reports/${iso3}/${r.period}/${r.action}`}>
                  {t('home.actionPeriod', { action: r.action, period: r.period })}
                </Link>
                {': '}
                <q data-user-content>{r.reviewComment}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      <TableScroll label={t('home.gridLabel', { country: iso3 })}>
        <table className="grid-table">
          <caption className="visually-hidden">{t('home.gridLabel', { country: iso3 })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.period')}</th>
              <th scope="col">{t('home.due')}</th>
              {ACTION_CODES.map((a) => (
                <th scope="col" key={a}>
                  {t('common.actionCode', { action: a })}
                </th>
              ))}
              <th scope="col">{t('home.indicators')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => {
              const due = dueText(period);
              const indicatorSet = indicatorsOf(period.code);
              return (
                <tr key={period.code}>
                  <th scope="row">{period.code}</th>
                  <td>
                    <span className={`due due-${due.kind}`}>{due.text}</span>
                    <span className="hint">{date(period.dueOn)}</span>
                  </td>
                  {ACTION_CODES.map((a) => {
                    const report = reportOf(period.code, a);
                    return (
                      <td key={a}>
                        <Link to={`/reports/${iso3}/${period.code}/${a}`} className="cell-link">
                          <span className="visually-hidden">
                            {t('home.actionPeriod', { action: a, period: period.code })}
                          </span>
                          {report ? (
                            <>
                              <StateBadge state={report.state} />
                              <StatusBadge status={report.status} />
                            </>
                          ) : (
                            <EmptyCell />
                          )}
                        </Link>
                      </td>
                    );
                  })}
                  <td>
                    <Link to={`/indicators/${iso3}/${period.code}`} className="cell-link">
                      <span className="visually-hidden">
                        {t('home.indicatorsPeriod', { period: period.code })}
                      </span>
                      {indicatorSet ? <StateBadge state={indicatorSet.state} /> : <EmptyCell />}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <details className="legend-actions">
        <summary>{t('home.actionsLegend')}</summary>
        <dl>
          {framework.actions.map((action) => (
            <div key={action.code}>
              <dt>{t('common.actionCode', { action: action.code })}</dt>
              <dd>
                <Seeded>{action.shortTitle}</Seeded>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
