import type { ConsentKind, ParticipationStatus } from '../entities';

/** One participant's record as the status rules need it. */
export interface ParticipationRecord {
  participant: string;
  iso3: string | null;
  name: string;
  status: ParticipationStatus;
  signatureDate: string | null;
  consentDate: string | null;
  consentKind: ConsentKind | null;
  sources: string[];
  statusAsOf: string;
  note: string | null;
}

export interface TreatyStatusAsOf {
  parties: ParticipationRecord[];
  signatories: ParticipationRecord[];
  signatoriesNotParties: ParticipationRecord[];
  partiesWithUnknownDate: ParticipationRecord[];
  unconfirmed: ParticipationRecord[];
}

/**
 * Who is a party and who a signatory on a date (ISO `YYYY-MM-DD`), or today when `asOf` is null.
 * A party whose date is unknown is a party today but is left out of every dated count; an
 * unconfirmed action never makes a party. Dates compare as ISO strings.
 */
export function treatyStatusAsOf(
  records: readonly ParticipationRecord[],
  asOf: string | null,
): TreatyStatusAsOf {
  const onOrBefore = (date: string | null) => date !== null && (asOf === null || date <= asOf);
  const parties = records.filter(
    (r) => r.status === 'party' && (asOf === null || onOrBefore(r.consentDate)),
  );
  const partiesWithUnknownDate = records.filter(
    (r) => r.status === 'party' && r.consentDate === null,
  );
  const signatories = records.filter((r) => onOrBefore(r.signatureDate));
  const partyNow = new Set([...parties, ...partiesWithUnknownDate].map((r) => r.participant));
  return {
    parties,
    signatories,
    signatoriesNotParties: signatories.filter((r) => !partyNow.has(r.participant)),
    partiesWithUnknownDate,
    unconfirmed: records.filter((r) => r.status === 'unconfirmed'),
  };
}

export { standingAsOf } from '@app/domain';
export type { Standing, TreatyStanding } from '@app/domain';

/** How far a treaty's participant table is complete. */
export interface TreatyCoverage {
  completeAsOf: string;
  completeSource: string;
  gap: string;
}

/** Every participation record of a treaty, with how complete the table is. */
export interface TreatyParticipation {
  coverage: TreatyCoverage;
  records: ParticipationRecord[];
}
