// What a focal point's home puts first: the periods that need them now, most urgent first.
import type { PeriodView, ReportSummaryView } from '../api/generated/api';

/** Why a period needs the focal point, most urgent first; `none`: nothing to do there now. */
export const URGENCIES = ['returned', 'overdue', 'due', 'none'] as const;
export type Urgency = (typeof URGENCIES)[number];

const SUBMITTED = new Set(['submitted', 'validated']);

/** The actions of a period with no report submitted yet (none, a draft, or returned). */
export const missingActions = (
  period: string,
  actions: string[],
  reports: ReportSummaryView[],
): string[] =>
  actions.filter(
    (action) =>
      !SUBMITTED.has(reports.find((r) => r.period === period && r.action === action)?.state ?? ''),
  );

/** A report returned for changes comes first, then reports overdue, then reports still due. */
export function urgencyOf(
  period: PeriodView,
  actions: string[],
  reports: ReportSummaryView[],
  today: string,
): Urgency {
  if (period.state === 'closed') return 'none';
  if (reports.some((r) => r.period === period.code && r.state === 'returned')) return 'returned';
  if (missingActions(period.code, actions, reports).length === 0) return 'none';
  return period.dueOn < today ? 'overdue' : 'due';
}

export interface PeriodRow {
  period: PeriodView;
  urgency: Urgency;
}

/**
 * The periods that need action, in the order of their urgency (within one, the soonest due first
 * while still due, else the newest first), and the others (closed, or all submitted), newest first.
 */
export function periodsByUrgency(
  periods: PeriodView[],
  actions: string[],
  reports: ReportSummaryView[],
  today: string,
): { now: PeriodRow[]; others: PeriodRow[] } {
  const rows = periods.map((period) => ({
    period,
    urgency: urgencyOf(period, actions, reports, today),
  }));
  const rank = (row: PeriodRow) => URGENCIES.indexOf(row.urgency);
  const within = (a: PeriodRow, b: PeriodRow) =>
    a.urgency === 'due'
      ? a.period.dueOn.localeCompare(b.period.dueOn)
      : b.period.code.localeCompare(a.period.code);
  const sorted = rows.sort((a, b) => rank(a) - rank(b) || within(a, b));
  return {
    now: sorted.filter((row) => row.urgency !== 'none'),
    others: sorted.filter((row) => row.urgency === 'none'),
  };
}

/** What a cell offers: to start a report, to go on with one being written, or to read it. */
export type CellAction = 'start' | 'continue' | 'view';

export function cellAction(state: string | undefined, periodOpen: boolean): CellAction | undefined {
  if (!periodOpen) return state ? 'view' : undefined;
  if (!state) return 'start';
  return state === 'draft' || state === 'returned' ? 'continue' : 'view';
}
