import type { SummaryView } from '../summary-data';

export type Cell = string | number | null;

/** A section of a summary as a table: the first column names the row. */
export interface Section {
  name: string;
  columns: string[];
  rows: Cell[][];
}

const list = (codes: string[]) => codes.join(' ');

/** The summary's headline figures. */
const overview = (summary: SummaryView): Section => ({
  name: 'Overview',
  columns: ['measure', 'value'],
  rows: [
    ['process', summary.process],
    ['process name', summary.processName],
    ['period', summary.period],
    ['due on', summary.dueOn],
    ['members', summary.members],
    ['members reported', summary.membersReported],
    ['expected reports', summary.expectedReports],
    ['validated reports', summary.validatedReports],
    ['completeness', summary.completeness],
    ['timeliness', summary.timeliness],
    ['submitted, not validated', summary.notValidated.submitted],
    ['returned', summary.notValidated.returned],
    ['draft', summary.notValidated.draft],
    ['not reported', list(summary.notReported)],
    ['generated at', summary.generatedAt],
    ['newest change included', summary.newestChangeAt],
  ],
});

/** Each action's reports, mean score and statuses. */
const actions = (summary: SummaryView): Section => ({
  name: 'Actions',
  columns: [
    'action',
    'title',
    'reports',
    'meanScore',
    'meanScorePercent',
    'not_started',
    'planned',
    'in_progress',
    'partially_implemented',
    'implemented',
    'not_applicable',
    'not_reported',
  ],
  rows: summary.actions.map((a) => [
    a.code,
    a.title,
    a.reports,
    a.meanScore,
    a.meanScorePercent,
    a.statusCounts.not_started,
    a.statusCounts.planned,
    a.statusCounts.in_progress,
    a.statusCounts.partially_implemented,
    a.statusCounts.implemented,
    a.statusCounts.not_applicable,
    a.statusCounts.not_reported,
  ]),
});

/** Each checklist item's answers. */
const checklist = (summary: SummaryView): Section => ({
  name: 'Checklist',
  columns: ['item', 'action', 'text', 'yes', 'partial', 'no', 'unknown', 'unanswered', 'shareYes'],
  rows: summary.actions.flatMap((a) =>
    a.checklist.map((i) => [
      i.item,
      a.code,
      i.text,
      i.yes,
      i.partial,
      i.no,
      i.unknown,
      i.unanswered,
      i.shareYes,
    ]),
  ),
});

/** Each Work Plan area's score, measures and evidence. */
const areas = (summary: SummaryView): Section => ({
  name: 'Areas',
  columns: [
    'area',
    'name',
    'nombre',
    'score',
    'scorePercent',
    'measures',
    'evidence',
    'actions',
    'previousScore',
    'change',
    'comparableMembers',
  ],
  rows: summary.areas.map((a) => [
    a.code,
    a.nameEn,
    a.nameEs,
    a.score,
    a.scorePercent,
    a.measures,
    a.evidence,
    list(a.actions),
    a.previousScore,
    a.change,
    a.comparableMembers,
  ]),
});

/** Each indicator's totals, by sex and by age, and the change. */
const indicators = (summary: SummaryView): Section => ({
  name: 'Indicators',
  columns: [
    'indicator',
    'name',
    'reportingMembers',
    'total',
    'female',
    'male',
    'sexUnknown',
    'child',
    'adult',
    'ageUnknown',
    'notDisaggregated',
    'disaggregatedShare',
    'previousTotal',
    'previousReportingMembers',
    'change',
    'comparableMembers',
  ],
  rows: summary.indicators.map((i) => [
    i.code,
    i.name,
    i.reportingMembers,
    i.total,
    i.bySex?.female ?? null,
    i.bySex?.male ?? null,
    i.bySex?.unknown ?? null,
    i.byAge?.child ?? null,
    i.byAge?.adult ?? null,
    i.byAge?.unknown ?? null,
    i.notDisaggregated,
    i.disaggregatedShare,
    i.previousTotal,
    i.previousReportingMembers,
    i.change,
    i.comparableMembers,
  ]),
});

/** The sex × age split of the indicators that have one. */
const indicatorsBySexAndAge = (summary: SummaryView): Section => ({
  name: 'Indicators by sex and age',
  columns: ['indicator', 'sex', 'child', 'adult', 'ageUnknown'],
  rows: summary.indicators.flatMap((i) =>
    i.bySexAge
      ? Object.entries(i.bySexAge).map(([sex, ages]) => [
          i.code,
          sex,
          ages.child,
          ages.adult,
          ages.unknown,
        ])
      : [],
  ),
});

/** The members' standing in the Smuggling Protocol. */
const protocol = (summary: SummaryView): Section => ({
  name: 'Protocol',
  columns: ['measure', 'value'],
  rows: [
    ['as of', summary.protocol.asOf],
    ['parties', summary.protocol.parties],
    ['parties at least (lower bound)', summary.protocol.partiesAtLeast ? 'yes' : 'no'],
    ['unknown members', list(summary.protocol.unknownMembers)],
    ['party members', list(summary.protocol.partyMembers)],
    ['signatories, not parties', summary.protocol.signatoriesNotParties],
    ['signatory members', list(summary.protocol.signatoryMembers)],
    ['parties with unknown date', list(summary.protocol.partiesWithUnknownDate)],
    ['previous parties', summary.protocol.previousParties],
    ['change', summary.protocol.change],
    ['data complete as of', summary.protocol.completeAsOf],
    ['gap', summary.protocol.gap],
  ],
});

/** Overdue members and answers that contradict the treaty records. */
const followUp = (summary: SummaryView): Section => ({
  name: 'Follow-up',
  columns: ['country', 'issue', 'detail'],
  rows: [
    ...summary.overdue.map((o) => [
      o.country,
      'overdue',
      `missing actions: ${list(o.missingActions)}`,
    ]),
    ...summary.treatyMismatches.map((m) => [m.country, `treaty mismatch (${m.item})`, m.message]),
  ],
});

/** The summary as tables, one per section: the single source for the CSV, XLSX and PDF exports. */
export function summarySections(summary: SummaryView): Section[] {
  return [
    overview,
    actions,
    checklist,
    areas,
    indicators,
    indicatorsBySexAndAge,
    protocol,
    followUp,
  ].map((section) => section(summary));
}
