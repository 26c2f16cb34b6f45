import type { IndicatorTotalView, SummaryView } from '../summary-data';

/** The columns of the long form, in order: keys first, then the measure, its value and unit. */
export const OBSERVATION_COLUMNS = [
  'section',
  'process',
  'period',
  'country',
  'action',
  'area',
  'indicator',
  'item',
  'sex',
  'age',
  'measure',
  'value',
  'unit',
] as const;

export type ObservationValue = string | number | null;

/** One observation: every key that applies to it in its own field, the others empty. */
export interface Observation {
  section: string;
  process: string;
  period: string;
  country: string;
  action: string;
  area: string;
  indicator: string;
  item: string;
  sex: string;
  age: string;
  measure: string;
  /** Null is no data, never 0. */
  value: ObservationValue;
  unit: string;
}

type Keys = Partial<Omit<Observation, 'process' | 'period' | 'measure' | 'value' | 'unit'>>;

/** Writes observations sharing the summary's process and period. */
class ObservationList {
  readonly rows: Observation[] = [];

  constructor(private readonly summary: SummaryView) {}

  add(keys: Keys & { section: string }, measure: string, value: ObservationValue, unit: string) {
    this.rows.push({
      section: keys.section,
      process: this.summary.process,
      period: this.summary.period,
      country: keys.country ?? '',
      action: keys.action ?? '',
      area: keys.area ?? '',
      indicator: keys.indicator ?? '',
      item: keys.item ?? '',
      sex: keys.sex ?? '',
      age: keys.age ?? '',
      measure,
      value,
      unit,
    });
  }
}

function overview(list: ObservationList, s: SummaryView): void {
  const at = { section: 'overview' };
  list.add(at, 'members', s.members, 'members');
  list.add(at, 'membersReported', s.membersReported, 'members');
  list.add(at, 'expectedReports', s.expectedReports, 'reports');
  list.add(at, 'validatedReports', s.validatedReports, 'reports');
  list.add(at, 'completeness', s.completeness, 'share');
  list.add(at, 'timeliness', s.timeliness, 'share');
  list.add(at, 'submittedNotValidated', s.notValidated.submitted, 'reports');
  list.add(at, 'returned', s.notValidated.returned, 'reports');
  list.add(at, 'draft', s.notValidated.draft, 'reports');
}

function actions(list: ObservationList, s: SummaryView): void {
  for (const a of s.actions) {
    const at = { section: 'actions', action: a.code };
    list.add(at, 'reports', a.reports, 'reports');
    list.add(at, 'meanScore', a.meanScore, 'score 0-4');
    list.add(at, 'meanScorePercent', a.meanScorePercent, 'percent');
    for (const [status, members] of Object.entries(a.statusCounts))
      list.add(at, `status:${status}`, members, 'members');
    for (const c of a.checklist) {
      const item = { section: 'checklist', action: a.code, item: c.item };
      for (const answer of ['yes', 'partial', 'no', 'unknown', 'unanswered'] as const)
        list.add(item, answer, c[answer], 'members');
      list.add(item, 'shareYes', c.shareYes, 'share');
    }
  }
}

function areas(list: ObservationList, s: SummaryView): void {
  for (const a of s.areas) {
    const at = { section: 'areas', area: String(a.code) };
    list.add(at, 'score', a.score, 'score 0-4');
    list.add(at, 'scorePercent', a.scorePercent, 'percent');
    list.add(at, 'measures', a.measures, 'reports');
    list.add(at, 'evidence', a.evidence, 'items');
    list.add(at, 'previousScore', a.previousScore, 'score 0-4');
    list.add(at, 'change', a.change, 'score 0-4');
    list.add(at, 'comparableMembers', a.comparableMembers, 'members');
  }
}

/** The parts of an indicator's total: by sex, by age, by sex and age (cells null: no data). */
function indicatorParts(list: ObservationList, i: IndicatorTotalView): void {
  const at = { section: 'indicators', indicator: i.code };
  for (const [sex, value] of Object.entries(i.bySex ?? {}))
    list.add({ ...at, sex }, 'total', value, 'count');
  for (const [age, value] of Object.entries(i.byAge ?? {}))
    list.add({ ...at, age }, 'total', value, 'count');
  for (const [sex, ages] of Object.entries(i.bySexAge ?? {}))
    for (const [age, value] of Object.entries(ages))
      list.add({ ...at, sex, age }, 'total', value, 'count');
}

function indicators(list: ObservationList, s: SummaryView): void {
  for (const i of s.indicators) {
    const at = { section: 'indicators', indicator: i.code };
    list.add(at, 'total', i.total, 'count');
    indicatorParts(list, i);
    list.add(at, 'notDisaggregated', i.notDisaggregated, 'count');
    list.add(at, 'disaggregatedShare', i.disaggregatedShare, 'share');
    list.add(at, 'reportingMembers', i.reportingMembers, 'members');
    list.add(at, 'previousTotal', i.previousTotal, 'count');
    list.add(at, 'previousReportingMembers', i.previousReportingMembers, 'members');
    list.add(at, 'change', i.change, 'count');
    list.add(at, 'comparableMembers', i.comparableMembers, 'members');
  }
}

/** Each member's standing in the Protocol at asOf: party, signatory, unknown or not party. */
function standingOf(p: SummaryView['protocol'], country: string): string {
  if (p.partiesWithUnknownDate.includes(country)) return 'party (date unknown)';
  if (p.partyMembers.includes(country)) return 'party';
  if (p.unknownMembers.includes(country)) return 'unknown';
  if (p.signatoryMembers.includes(country)) return 'signatory';
  return 'not party';
}

function protocol(list: ObservationList, s: SummaryView): void {
  const p = s.protocol;
  const at = { section: 'protocol' };
  list.add(at, 'asOf', p.asOf, 'date');
  list.add(at, 'parties', p.parties, 'members');
  list.add(at, 'partiesAtLeast', p.partiesAtLeast ? 'yes' : 'no', 'flag');
  list.add(at, 'signatoriesNotParties', p.signatoriesNotParties, 'members');
  list.add(at, 'previousParties', p.previousParties, 'members');
  list.add(at, 'change', p.change, 'members');
  list.add(at, 'completeAsOf', p.completeAsOf, 'date');
  for (const country of s.memberCodes)
    list.add({ ...at, country }, 'standing', standingOf(p, country), 'text');
}

function followUp(list: ObservationList, s: SummaryView): void {
  const at = { section: 'follow-up' };
  for (const country of s.notReported) list.add({ ...at, country }, 'notReported', 'yes', 'flag');
  for (const o of s.overdue)
    for (const action of o.missingActions)
      list.add({ ...at, country: o.country, action }, 'overdue', 'yes', 'flag');
  for (const m of s.treatyMismatches)
    list.add({ ...at, country: m.country, item: m.item }, 'treatyMismatch', m.message, 'text');
}

/**
 * The summary in tidy long form: one observation per figure, every key in its own field, so a
 * data frame reads it without reshaping. The single source of the CSV export.
 */
export function summaryObservations(summary: SummaryView): Observation[] {
  const list = new ObservationList(summary);
  for (const section of [overview, actions, areas, indicators, protocol, followUp])
    section(list, summary);
  return list.rows;
}
