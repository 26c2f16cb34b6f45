// The focal point home's grid of one country: periods down, the framework's actions across.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { WorkflowState } from '../api/codes';
import type {
  CountryDetailView,
  IndicatorSetSummaryView,
  ReportSummaryView,
} from '../api/generated/api';
import { StateBadge, StatusBadge } from '../components/badges';
import { TableScroll } from '../components/fields';
import { useI18n, type I18n, type MessageKey } from '../i18n';
import { daysUntil } from '../lib/dates';
import { cellAction, missingActions, type CellAction, type PeriodRow } from './focalHome';

export interface CountryData {
  country: CountryDetailView;
  reports: ReportSummaryView[];
  indicators: IndicatorSetSummaryView[];
}

/** Periods down (most urgent first), the framework's actions across, then the indicators. */
export function GridTable({
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
