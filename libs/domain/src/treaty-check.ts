import type { ChecklistAnswer } from './implementation-status';

/**
 * Where a country stood on a date by the record: `party` when bound by then (or a party whose
 * date is unknown); `not_party` when the data covers that date and records no binding act;
 * `unknown` when the date lies after what the data covers (its complete date, or the country's
 * own later sourced record) and no binding act is recorded: it may have joined since.
 */
export type Standing = 'party' | 'not_party' | 'unknown';

/** The parts of a participation record a standing depends on. */
export interface StandingRecord {
  status: string;
  consentDate: string | null;
  /** The date the record's own source saw it (a later sourced event is known up to it). */
  statusAsOf: string;
}

export function standingAsOf(
  record: StandingRecord | undefined,
  asOf: string,
  completeAsOf: string,
): Standing {
  if (record?.status === 'party' && (record.consentDate === null || record.consentDate <= asOf))
    return 'party';
  const knownUntil = record && record.statusAsOf > completeAsOf ? record.statusAsOf : completeAsOf;
  return asOf <= knownUntil ? 'not_party' : 'unknown';
}

/** What the treaty record says about one country on a date (e.g. a period's last day). */
export interface TreatyStanding {
  treaty: string;
  standing: Standing;
  consentDate: string | null;
  consentKind: string | null;
  sources: string[];
  completeAsOf: string;
}

export interface ReportFlag {
  code: 'treaty_record_mismatch';
  item: string;
  message: string;
}

const describe = (record: TreatyStanding) =>
  record.standing === 'party'
    ? `party${record.consentDate ? ` since ${record.consentDate}` : ' (date unknown)'}${record.consentKind ? ` by ${record.consentKind}` : ''}`
    : 'no binding act recorded';

const ANSWERS: Record<Standing, ChecklistAnswer> = {
  party: 'yes',
  not_party: 'no',
  unknown: 'unknown',
};

/**
 * The answer the record suggests, with a note saying where it comes from. Past what the data
 * covers, a country without a binding act on record is answered `unknown`, never "no".
 */
export function prefilledAnswer(record: TreatyStanding): { answer: ChecklistAnswer; note: string } {
  const note =
    record.standing === 'unknown'
      ? `Not pre-filled from the treaty record: it is complete only to ${record.completeAsOf} and records no binding act before then (sources: ${record.sources.join(', ')}); check the UN Treaty Collection.`
      : `Pre-filled from the treaty record: ${describe(record)} (sources: ${record.sources.join(', ')}; complete as of ${record.completeAsOf}).`;
  return { answer: ANSWERS[record.standing], note };
}

/**
 * A yes/no answer that contradicts the record is flagged; partial and unknown answers are not,
 * and nothing contradicts an unknown standing.
 */
export function treatyMismatch(
  item: string,
  answer: ChecklistAnswer,
  record: TreatyStanding,
): ReportFlag | null {
  const contradicts =
    (answer === 'yes' && record.standing === 'not_party') ||
    (answer === 'no' && record.standing === 'party');
  if (!contradicts) return null;
  return {
    code: 'treaty_record_mismatch',
    item,
    message: `Answer "${answer}" contradicts the ${record.treaty} treaty record: ${describe(record)} (complete as of ${record.completeAsOf}; sources: ${record.sources.join(', ')}).`,
  };
}
