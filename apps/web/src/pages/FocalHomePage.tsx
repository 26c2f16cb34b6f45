import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { WorkflowState } from '../api/codes';
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
import { useI18n, type I18n, type MessageKey } from '../i18n';
import { daysUntil, today } from '../lib/dates';
import { together } from '../lib/loading';
import { useMe } from '../lib/session';
import {
  cellAction,
  missingActions,
  periodsByUrgency,
  type CellAction,
  type PeriodRow,
} from './focalHome';

interface CountryData {
  country: CountryDetailView;
  reports: ReportSummaryView[];
  indicators: IndicatorSetSummaryView[];
}

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

/** What a period's row says is due: returned, closed, all submitted, overdue, or due in so many days. */
function dueText(t: I18n['t'], row: PeriodRow, missing: number) {
  const { period, urgency } = row;
  if (urgency === 'returned') return { text: t('home.returnedShort'), kind: 'overdue' };
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
  const actions = framework.actions.map((a) => a.code);
  const returned = data.reports.filter((r) => r.state === 'returned');
  const headingId = `country-${iso3}`;
  const next = periods
    .filter((p) => p.state === 'open' && p.dueOn >= today())
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  const { now, others } = periodsByUrgency(periods, actions, data.reports, today());

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
                  {t('home.continueLabel', { action: r.action, period: r.period })}
                </Link>
                {': '}
                <q data-user-content>{r.reviewComment}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {now.length > 0 ? (
        <GridTable data={data} rows={now} actions={actions} />
      ) : (
        <p>{t('home.nothingNow')}</p>
      )}
      {others.length > 0 && (
        <details className="other-periods">
          <summary>{t('home.otherPeriods', { n: others.length })}</summary>
          <GridTable data={data} rows={others} actions={actions} others />
        </details>
      )}
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

/** Periods down (most urgent first), the framework's actions across, then the indicators. */
function GridTable({
  data,
  rows,
  actions,
  others = false,
}: {
  data: CountryData;
  rows: PeriodRow[];
  actions: string[];
  /** The periods with nothing to do now (closed, or all submitted). */
  others?: boolean;
}) {
  const { t, date } = useI18n();
  const iso3 = data.country.iso3;
  const reportOf = (period: string, action: string) =>
    data.reports.find((r) => r.period === period && r.action === action);
  const label = t(others ? 'home.otherGridLabel' : 'home.gridLabel', { country: iso3 });
  return (
    <TableScroll label={label}>
      <table className="grid-table">
        <caption className="visually-hidden">{label}</caption>
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
          {rows.map((row) => {
            const { period } = row;
            const open = period.state === 'open';
            const missing = missingActions(period.code, actions, data.reports);
            const due = dueText(t, row, missing.length);
            const indicatorSet = data.indicators.find((s) => s.period === period.code);
            return (
              <tr key={period.code} className={`urgency-${row.urgency}`}>
                <th scope="row">{period.code}</th>
                <td>
                  <span className={`due due-${due.kind}`}>{due.text}</span>
                  <span className="hint">{date(period.dueOn)}</span>
                </td>
                {actions.map((a) => {
                  const report = reportOf(period.code, a);
                  return (
                    <td key={a}>
                      <RecordCell
                        to={`/reports/${iso3}/${period.code}/${a}`}
                        state={report?.state}
                        open={open}
                        labels={{ what: 'report', action: a, period: period.code }}
                      >
                        {report && <StatusBadge status={report.status} />}
                      </RecordCell>
                    </td>
                  );
                })}
                <td>
                  <RecordCell
                    to={`/indicators/${iso3}/${period.code}`}
                    state={indicatorSet?.state}
                    open={open}
                    labels={{ what: 'indicators', period: period.code }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

const CELL_LABELS = {
  report: { start: 'home.startLabel', continue: 'home.continueLabel', view: 'home.viewLabel' },
  indicators: {
    start: 'home.startIndicators',
    continue: 'home.continueIndicators',
    view: 'home.viewIndicators',
  },
} as const satisfies Record<string, Record<CellAction, MessageKey>>;

/**
 * One record of the grid: its state, and a button that says what opening it is for (start,
 * continue, view), named with the action and period for screen readers.
 */
function RecordCell({
  to,
  state,
  open,
  labels,
  children,
}: {
  to: string;
  state: WorkflowState | undefined;
  open: boolean;
  labels: { what: keyof typeof CELL_LABELS; action?: string; period: string };
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const action = cellAction(state, open);
  return (
    <div className="record-cell">
      {state ? <StateBadge state={state} /> : <EmptyCell />}
      {children}
      {action && (
        <Link
          to={to}
          className={`button small ${action === 'view' ? 'secondary' : 'primary'}`}
          aria-label={t(CELL_LABELS[labels.what][action], {
            action: labels.action ?? '',
            period: labels.period,
          })}
        >
          {t(`home.${action}`)}
        </Link>
      )}
    </div>
  );
}
