import type { ChecklistAnswer } from './implementation-status';

/** What the treaty record says about one country on a date (e.g. a period's last day). */
export interface TreatyStanding {
  treaty: string;
  /** party: bound by that date, or a party whose date is unknown; not_party: no binding act recorded. */
  standing: 'party' | 'not_party';
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

/** The answer the record suggests, with a note saying where it comes from. */
export function prefilledAnswer(record: TreatyStanding): { answer: ChecklistAnswer; note: string } {
  return {
    answer: record.standing === 'party' ? 'yes' : 'no',
    note: `Pre-filled from the treaty record: ${describe(record)} (sources: ${record.sources.join(', ')}; complete as of ${record.completeAsOf}).`,
  };
}

/** A yes/no answer that contradicts the record is flagged; partial and unknown are not. */
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
