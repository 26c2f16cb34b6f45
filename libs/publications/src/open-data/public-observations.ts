import { Observation, OBSERVATION_COLUMNS, summaryObservations, SummaryView } from '@app/summaries';
import type { MemberLevelView } from '../member-levels';
import type { PublicSummaryView } from '../public-summary';

export const PUBLIC_COLUMNS = [...OBSERVATION_COLUMNS, 'status'] as const;

export interface PublicObservation extends Observation {
  /** `suppressed` where a small count is withheld (value empty), else empty. */
  status: string;
}

// Review figures a public view does not carry: the summary's long form writes them, we drop them.
const INTERNAL_MEASURES = new Set([
  'submittedNotValidated',
  'returned',
  'draft',
  'overdue',
  'treatyMismatch',
]);

/** The observation an indicator's suppressed cell path (`bySexAge.female.child`) is written as. */
function suppressedKey(indicator: string, path: string): string {
  const [part, first, second] = path.split('.');
  const sex = part === 'bySex' || part === 'bySexAge' ? first : '';
  const age = part === 'byAge' ? first : part === 'bySexAge' ? second : '';
  const measure = part.startsWith('by') ? 'total' : part;
  return [indicator, sex, age, measure].join('|');
}

/**
 * The published summary in tidy long form: the summary export's observations (one code for
 * both), without review figures, each with its suppression status.
 */
export function publicObservations(content: PublicSummaryView): PublicObservation[] {
  const asSummary: SummaryView = {
    ...content,
    notValidated: { submitted: 0, returned: 0, draft: 0 },
    overdue: [],
    treatyMismatches: [],
  };
  const suppressed = new Set(
    content.indicators.flatMap((i) => i.suppressed.map((path) => suppressedKey(i.code, path))),
  );
  return summaryObservations(asSummary)
    .filter((row) => !INTERNAL_MEASURES.has(row.measure))
    .map((row) => {
      const key = [row.indicator, row.sex, row.age, row.measure].join('|');
      const hidden = row.section === 'indicators' && suppressed.has(key);
      return { ...row, status: hidden ? 'suppressed' : '' };
    });
}

/** Each member's frozen level, one row per measure; an empty value is no published data. */
export function memberLevelObservations(
  content: PublicSummaryView,
  levels: MemberLevelView[] | null,
): PublicObservation[] {
  const row = (country: string, measure: string, value: number | null, unit: string) => ({
    section: 'memberLevels',
    process: content.process,
    period: content.period,
    country,
    action: '',
    area: '',
    indicator: '',
    item: '',
    sex: '',
    age: '',
    measure,
    value,
    unit,
    status: '',
  });
  return (levels ?? []).flatMap((level) => [
    row(level.country, 'meanScore', level.meanScore, 'score 0-4'),
    row(level.country, 'meanScorePercent', level.meanScorePercent, 'percent'),
    row(level.country, 'actionsReported', level.actionsReported, 'count'),
  ]);
}
