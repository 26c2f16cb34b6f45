import type { TreatyParticipation } from '@app/reference';
import {
  IndicatorCellSum,
  IndicatorDefinitionRow,
  indicatorTotals,
} from '../domain/indicator-totals';
import {
  checklistCoverage,
  overdueMembers,
  percent,
  round,
  shareOfExpected,
  statusCounts,
} from '../domain/summary-figures';
import { ChecklistTreaty, protocolSummary, treatyMismatches } from '../domain/treaty-standings';
import type { ActionSummaryView, AreaSummaryView, SummaryData } from '../summary-data';
import type {
  ActionTotalsRow,
  AreaTotalsRow,
  ChecklistTotalsRow,
  CoverageRow,
  MemberActionsRow,
  SummaryHeadRow,
  TreatyAnswerRow,
} from './summary-inputs.queries';
import type { IndicatorCellRow, IndicatorComparisonRow } from './indicator-inputs.queries';

/** What the queries found for one summary. */
export interface SummaryRows {
  head: SummaryHeadRow;
  coverage: CoverageRow;
  actions: ActionTotalsRow[];
  checklist: ChecklistTotalsRow[];
  areas: AreaTotalsRow[];
  cells: IndicatorCellRow[];
  comparisons: IndicatorComparisonRow[];
  memberActions: MemberActionsRow[];
  treatyAnswers: TreatyAnswerRow[];
}

/** What every summary of a batch shares: the framework's indicators and the treaty tables. */
export interface SharedInputs {
  indicators: IndicatorDefinitionRow[];
  treaties: Record<ChecklistTreaty, TreatyParticipation>;
}

function actionSummary(
  row: ActionTotalsRow,
  checklist: ChecklistTotalsRow[],
  members: number,
): ActionSummaryView {
  return {
    code: row.code,
    title: row.title,
    reports: row.reports,
    meanScore: round(row.meanScore),
    meanScorePercent: percent(row.meanScore),
    statusCounts: statusCounts(row.statuses, row.reports, members),
    checklist: checklist
      .filter((item) => item.action === row.code)
      .map((item) => checklistCoverage(item, members)),
  };
}

function areaSummary({ process: _p, period: _y, ...row }: AreaTotalsRow): AreaSummaryView {
  return {
    ...row,
    name: row.nameEn,
    score: round(row.score),
    scorePercent: percent(row.score),
    previousScore: round(row.previousScore),
    change: round(row.change),
  };
}

const cellsOf = (rows: IndicatorCellRow[]): IndicatorCellSum[] =>
  rows.map(({ cellPeriod, process: _p, period: _y, ...cell }) => ({ ...cell, period: cellPeriod }));

/**
 * One summary from its query rows (pure): the figures the queries left to do, in the framework's
 * terms: the number of actions is the number of actions in the framework.
 */
export function buildSummary(rows: SummaryRows, shared: SharedInputs, today: string): SummaryData {
  const { head, coverage } = rows;
  const memberCodes = coverage.memberCodes;
  const members = memberCodes.length;
  const actionCodes = rows.actions.map((row) => row.code);
  const previous = String(Number(head.period) - 1);
  const reported = rows.memberActions;
  return {
    process: head.process,
    processName: head.processName,
    period: head.period,
    dueOn: head.dueOn,
    members,
    memberCodes,
    membersReported: reported.filter((m) => m.actions.length > 0).length,
    expectedReports: members * actionCodes.length,
    validatedReports: coverage.validated,
    completeness: shareOfExpected(coverage.validated, members, actionCodes.length),
    timeliness: shareOfExpected(coverage.onTime, members, actionCodes.length),
    notValidated: {
      submitted: coverage.submitted,
      returned: coverage.returned,
      draft: coverage.draft,
    },
    actions: rows.actions.map((row) => actionSummary(row, rows.checklist, members)),
    areas: rows.areas.map(areaSummary),
    indicators: indicatorTotals(
      shared.indicators,
      cellsOf(rows.cells),
      rows.comparisons,
      head.period,
      previous,
    ),
    protocol: protocolSummary(shared.treaties.SOM, memberCodes, head.endsOn, `${previous}-12-31`),
    notReported: reported.filter((m) => m.actions.length === 0).map((m) => m.iso3),
    overdue: today > head.dueOn ? overdueMembers(reported, actionCodes) : [],
    treatyMismatches: treatyMismatches(
      rows.treatyAnswers,
      shared.treaties,
      memberCodes,
      head.endsOn,
    ),
  };
}
