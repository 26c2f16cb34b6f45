import { CHECKLIST_ANSWERS, statusScore } from '@app/domain';
import type { ChecklistAnswer, ImplementationStatus } from '@app/domain';
import type { ActionSummaryView, AreaSummaryView, SummaryData } from '../summary-data';
import {
  checklistCoverage,
  meanScore,
  overdueMembers,
  percent,
  round,
  shareOfExpected,
  statusCounts,
} from './summary-figures';

/** One validated report of a member, as the summary rules read it. */
export interface ValidatedReportFacts {
  country: string;
  action: string;
  status: ImplementationStatus;
  /** The Work Plan areas the report is tagged with. */
  areas: number[];
  answers: Array<{ item: string; answer: ChecklistAnswer }>;
  evidence: number;
  /** The UTC day it was validated (YYYY-MM-DD). */
  validatedOn: string;
}

/** The framework as the summary rules read it: the data, never a constant. */
export interface SummaryFramework {
  actions: Array<{ code: string; title: string; areas: number[] }>;
  checklist: Array<{ code: string; text: string; action: string; area: number | null }>;
  areas: Array<{ code: number; nameEn: string; nameEs: string }>;
}

export interface ReferenceInput {
  /** The process's members' ISO3 codes. */
  members: string[];
  reports: ValidatedReportFacts[];
  /** The members' validated reports of the period before (for the areas' change). */
  previousReports: ValidatedReportFacts[];
  framework: SummaryFramework;
  dueOn: string;
  today: string;
}

/** The figures of a summary that come from its validated reports. */
export type ReportFigures = Pick<
  SummaryData,
  | 'members'
  | 'memberCodes'
  | 'membersReported'
  | 'expectedReports'
  | 'validatedReports'
  | 'completeness'
  | 'timeliness'
  | 'actions'
  | 'areas'
  | 'notReported'
  | 'overdue'
>;

const distinctSorted = <T>(values: Iterable<T>) => [...new Set(values)].sort();

function actionFigures(input: ReferenceInput, code: string, title: string): ActionSummaryView {
  const members = input.members.length;
  const reports = input.reports.filter((report) => report.action === code);
  const counts: Partial<Record<string, number>> = {};
  for (const report of reports) counts[report.status] = (counts[report.status] ?? 0) + 1;
  const mean = meanScore(reports.map((report) => report.status));
  const checklist = input.framework.checklist
    .filter((item) => item.action === code)
    .map((item) => {
      const given = input.reports.flatMap((r) => r.answers).filter((a) => a.item === item.code);
      const count = (answer: ChecklistAnswer) => given.filter((a) => a.answer === answer).length;
      const [yes, partial, no, unknown] = CHECKLIST_ANSWERS.map(count);
      return checklistCoverage(
        { item: item.code, text: item.text, yes, partial, no, unknown },
        members,
      );
    });
  return {
    code,
    title,
    reports: reports.length,
    meanScore: round(mean),
    meanScorePercent: percent(mean),
    statusCounts: statusCounts(counts, reports.length, members),
    checklist,
  };
}

/**
 * The areas a report serves: its own tags, its action's areas, and the area of any checklist
 * item it answers yes or partial that has an area of its own (d7: detention).
 */
function areasServed(report: ValidatedReportFacts, framework: SummaryFramework): Set<number> {
  const action = framework.actions.find((a) => a.code === report.action);
  const affirmed = new Set(
    report.answers.filter((a) => a.answer === 'yes' || a.answer === 'partial').map((a) => a.item),
  );
  const itemAreas = framework.checklist
    .filter((item) => item.area !== null && affirmed.has(item.code))
    .map((item) => item.area as number);
  return new Set([...report.areas, ...(action?.areas ?? []), ...itemAreas]);
}

/** The measures serving an area: reports with a scored status (not_applicable is no measure). */
const measuresOf = (reports: ValidatedReportFacts[], area: number, framework: SummaryFramework) =>
  reports.filter((r) => statusScore(r.status) !== null && areasServed(r, framework).has(area));

/** The change of a mean score over the members with measures in both periods (like for like). */
function likeForLike(now: ValidatedReportFacts[], before: ValidatedReportFacts[]) {
  const earlier = new Set(before.map((r) => r.country));
  const comparable = new Set(now.map((r) => r.country).filter((c) => earlier.has(c)));
  const of = (reports: ValidatedReportFacts[]) =>
    meanScore(reports.filter((r) => comparable.has(r.country)).map((r) => r.status));
  const [current, previous] = [of(now), of(before)];
  return {
    change: current === null || previous === null ? null : current - previous,
    comparableMembers: comparable.size,
  };
}

function areaFigures(input: ReferenceInput): AreaSummaryView[] {
  const { framework } = input;
  return [...framework.areas]
    .sort((a, b) => a.code - b.code)
    .map((area) => {
      const serving = measuresOf(input.reports, area.code, framework);
      const before = measuresOf(input.previousReports, area.code, framework);
      const feeding = [
        ...framework.actions.filter((a) => a.areas.includes(area.code)).map((a) => a.code),
        ...framework.checklist.filter((i) => i.area === area.code).map((i) => i.action),
      ];
      const score = meanScore(serving.map((r) => r.status));
      const { change, comparableMembers } = likeForLike(serving, before);
      return {
        code: area.code,
        name: area.nameEn,
        nameEn: area.nameEn,
        nameEs: area.nameEs,
        score: round(score),
        scorePercent: percent(score),
        measures: serving.length,
        evidence: serving.reduce((sum, r) => sum + r.evidence, 0),
        actions: distinctSorted([...serving.map((r) => r.action), ...feeding]),
        previousScore: round(meanScore(before.map((r) => r.status))),
        change: round(change),
        comparableMembers,
      };
    });
}

/**
 * A reference implementation, in plain TypeScript over single reports, of the rules the summary
 * queries apply in SQL: not_applicable left out of every mean and of the measures, the number of
 * actions taken from the framework, areas' change like for like, one rounding. Slow and obvious
 * on purpose; a database test pins the SQL against it.
 */
export function referenceReportFigures(input: ReferenceInput): ReportFigures {
  const memberCodes = distinctSorted(input.members);
  const members = memberCodes.length;
  const actionCodes = [...input.framework.actions].map((a) => a.code).sort();
  const validatedActions = (iso3: string) =>
    distinctSorted(input.reports.filter((r) => r.country === iso3).map((r) => r.action));
  const reported = memberCodes.map((iso3) => ({ iso3, actions: validatedActions(iso3) }));
  const onTime = input.reports.filter((r) => r.validatedOn <= input.dueOn).length;
  return {
    members,
    memberCodes,
    membersReported: reported.filter((m) => m.actions.length > 0).length,
    expectedReports: members * actionCodes.length,
    validatedReports: input.reports.length,
    completeness: shareOfExpected(input.reports.length, members, actionCodes.length),
    timeliness: shareOfExpected(onTime, members, actionCodes.length),
    actions: [...input.framework.actions]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((action) => actionFigures(input, action.code, action.title)),
    areas: areaFigures(input),
    notReported: reported.filter((m) => m.actions.length === 0).map((m) => m.iso3),
    overdue: input.today > input.dueOn ? overdueMembers(reported, actionCodes) : [],
  };
}
