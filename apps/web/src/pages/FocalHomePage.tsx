import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type {
  CountryDetailView,
  FrameworkView,
  IndicatorSetSummaryView,
  PeriodView,
  ReportSummaryView,
} from '../api/generated/api';
import { queries } from '../api/queries';
import { FrameworkText, StateBadge, StatusBadge } from '../components/badges';
import { ErrorNotice, Loading, PageHeading } from '../components/feedback';
import { TableScroll } from '../components/fields';
import { WorkOffline } from '../components/WorkOffline';
import { useI18n, type I18n } from '../i18n';
import { daysUntil, today } from '../lib/dates';
import { together } from '../lib/loading';
import { useMe } from '../lib/session';

interface CountryData {
  country: CountryDetailView;
  reports: ReportSummaryView[];
  indicators: IndicatorSetSummaryView[];
}

const SUBMITTED = new Set(['submitted', 'validated']);

/** Focal point home: per country, a period × action grid with state, status and what is due. */
export function FocalHomePage() {
  const { t } = useI18n();
  const me = useMe();
  const framework = useQuery(queries.framework);
  const periods = useQuery(queries.periods);
  const each = <Q,>(query: (iso3: string) => Q) => ({ queries: me.countries.map(query) });
  const countries = useQueries(each(queries.country));
  const reports = useQueries(each((iso3) => queries.reports({ country: iso3 })));
  const sets = useQueries(each((iso3) => queries.indicatorSets({ country: iso3 })));
  const load = together([framework, periods, ...countries, ...reports, ...sets]);
  const grids: CountryData[] | undefined =
    load.data &&
    me.countries.map((_, i) => ({
      country: countries[i].data!,
      reports: reports[i].data!.items,
      indicators: sets[i].data!.items,
    }));

  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      {load.loading && !load.data && <Loading />}
      {load.error !== null && <ErrorNotice error={load.error} onRetry={load.reload} />}
      {grids && me.countries.length === 0 && <p>{t('home.noCountries')}</p>}
      {grids?.map((data) => (
        <CountryGrid
          key={data.country.iso3}
          data={data}
          periods={[...periods.data!].reverse()}
          framework={framework.data!}
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

/** What is due in a period: closed, all submitted, overdue, or due in so many days. */
function dueText(t: I18n['t'], period: PeriodView, missing: number) {
  if (period.state === 'closed') return { text: t('home.closed'), kind: 'closed' };
  if (missing === 0) return { text: t('home.allSubmitted'), kind: 'done' };
  const days = daysUntil(period.dueOn);
  if (days < 0) return { text: t('home.overdue', { n: missing }), kind: 'overdue' };
  return { text: t('home.dueIn', { n: missing, days }), kind: 'due' };
}

function CountryGrid({
  data,
  periods,
  framework,
}: {
  data: CountryData;
  periods: PeriodView[];
  framework: FrameworkView;
}) {
  const { t, date } = useI18n();
  const iso3 = data.country.iso3;
  const returned = data.reports.filter((r) => r.state === 'returned');
  const headingId = `country-${iso3}`;
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
      <GridTable data={data} periods={periods} actions={framework.actions.map((a) => a.code)} />
      <WorkOffline
        iso3={iso3}
        periods={periods.filter((p) => p.state === 'open').map((p) => p.code)}
      />
      <details className="legend-actions">
        <summary>{t('home.actionsLegend')}</summary>
        <dl>
          {framework.actions.map((action) => (
            <div key={action.code}>
              <dt>{t('common.actionCode', { action: action.code })}</dt>
              <dd>
                <FrameworkText working={action.workingTranslations.includes('shortTitle')}>
                  {action.shortTitle}
                </FrameworkText>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

/** Periods down, the framework's actions across, then the indicators: each cell opens the record. */
function GridTable({
  data,
  periods,
  actions,
}: {
  data: CountryData;
  periods: PeriodView[];
  actions: string[];
}) {
  const { t, date } = useI18n();
  const iso3 = data.country.iso3;
  const reportOf = (period: string, action: string) =>
    data.reports.find((r) => r.period === period && r.action === action);
  return (
    <TableScroll label={t('home.gridLabel', { country: iso3 })}>
      <table className="grid-table">
        <caption className="visually-hidden">{t('home.gridLabel', { country: iso3 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.period')}</th>
            <th scope="col">{t('home.due')}</th>
            {actions.map((a) => (
              <th scope="col" key={a}>
                {t('common.actionCode', { action: a })}
              </th>
            ))}
            <th scope="col">{t('home.indicators')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => {
            const missing = actions.filter(
              (a) => !SUBMITTED.has(reportOf(period.code, a)?.state ?? ''),
            );
            const due = dueText(t, period, missing.length);
            const indicatorSet = data.indicators.find((s) => s.period === period.code);
            return (
              <tr key={period.code}>
                <th scope="row">{period.code}</th>
                <td>
                  <span className={`due due-${due.kind}`}>{due.text}</span>
                  <span className="hint">{date(period.dueOn)}</span>
                </td>
                {actions.map((a) => (
                  <td key={a}>
                    <ReportCell
                      iso3={iso3}
                      period={period.code}
                      action={a}
                      report={reportOf(period.code, a)}
                    />
                  </td>
                ))}
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
  );
}

function ReportCell({
  iso3,
  period,
  action,
  report,
}: {
  iso3: string;
  period: string;
  action: string;
  report: ReportSummaryView | undefined;
}) {
  const { t } = useI18n();
  return (
    <Link to={`/reports/${iso3}/${period}/${action}`} className="cell-link">
      <span className="visually-hidden">{t('home.actionPeriod', { action, period })}</span>
      {report ? (
        <>
          <StateBadge state={report.state} />
          <StatusBadge status={report.status} />
        </>
      ) : (
        <EmptyCell />
      )}
    </Link>
  );
}
