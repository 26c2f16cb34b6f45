import {
  ParticipationRecord,
  standingAsOf,
  TreatyParticipation,
  TreatyStanding,
  treatyStatusAsOf,
} from '@app/reference';
import { ChecklistAnswer, treatyMismatch } from '@app/domain';
import type { ProtocolSummaryView, TreatyMismatchView } from '../summary-data';

/** The two treaties the checklist's pre-filled answers come from. */
export type ChecklistTreaty = 'SOM' | 'UNTOC';

/** A validated answer to a checklist item pre-filled from a treaty's data. */
export interface TreatyAnswer {
  country: string;
  item: string;
  answer: ChecklistAnswer;
  treaty: ChecklistTreaty;
}

const recordsOf = (treaty: TreatyParticipation, members: string[]): ParticipationRecord[] => {
  const wanted = new Set(members);
  return treaty.records.filter((record) => record.iso3 !== null && wanted.has(record.iso3));
};

/**
 * Each member's standing in a treaty on a date: a party with an unknown date counts; after what
 * the data covers, a member without a binding act recorded is `unknown`, never "not a party".
 */
export function standingsOf(
  code: ChecklistTreaty,
  treaty: TreatyParticipation,
  members: string[],
  asOf: string,
): Map<string, TreatyStanding> {
  const byMember = new Map(recordsOf(treaty, members).map((record) => [record.iso3, record]));
  return new Map(
    members.map((iso3): [string, TreatyStanding] => {
      const record = byMember.get(iso3);
      const standing = standingAsOf(record, asOf, treaty.coverage.completeAsOf);
      const bound = standing === 'party';
      return [
        iso3,
        {
          treaty: code,
          standing,
          consentDate: bound ? (record?.consentDate ?? null) : null,
          consentKind: bound ? (record?.consentKind ?? null) : null,
          sources: bound && record ? record.sources : [treaty.coverage.completeSource],
          completeAsOf: treaty.coverage.completeAsOf,
        },
      ];
    }),
  );
}

/**
 * The members' standing in the Smuggling Protocol at the period's end, and the change. Past the
 * date the data is complete to, the count is a lower bound (members the data cannot place are
 * listed as unknown), and no change is stated unless both ends are known for every member.
 */
export function protocolSummary(
  som: TreatyParticipation,
  members: string[],
  asOf: string,
  previousEnd: string,
): ProtocolSummaryView {
  const records = recordsOf(som, members);
  const now = treatyStatusAsOf(records, asOf);
  const before = treatyStatusAsOf(records, previousEnd);
  const codes = (list: ParticipationRecord[]) => list.map((p) => p.iso3 as string);
  const unknownOn = (date: string) =>
    [...standingsOf('SOM', som, members, date)]
      .filter(([, standing]) => standing.standing === 'unknown')
      .map(([iso3]) => iso3)
      .sort();
  const unknownMembers = unknownOn(asOf);
  const knownBothEnds = unknownMembers.length === 0 && unknownOn(previousEnd).length === 0;
  return {
    asOf,
    parties: now.parties.length,
    partiesAtLeast: unknownMembers.length > 0,
    partyMembers: codes(now.parties),
    signatoriesNotParties: now.signatoriesNotParties.length,
    signatoryMembers: codes(now.signatoriesNotParties),
    partiesWithUnknownDate: codes(now.partiesWithUnknownDate),
    unknownMembers,
    previousParties: before.parties.length,
    change: knownBothEnds ? now.parties.length - before.parties.length : null,
    completeAsOf: som.coverage.completeAsOf,
    gap: som.coverage.gap,
  };
}

/**
 * The validated answers that contradict the members' treaty records at the period's end; an
 * unknown standing contradicts nothing.
 */
export function treatyMismatches(
  answers: TreatyAnswer[],
  treaties: Record<ChecklistTreaty, TreatyParticipation>,
  members: string[],
  asOf: string,
): TreatyMismatchView[] {
  const standings = {
    SOM: standingsOf('SOM', treaties.SOM, members, asOf),
    UNTOC: standingsOf('UNTOC', treaties.UNTOC, members, asOf),
  };
  return answers.flatMap((row): TreatyMismatchView[] => {
    const standing = standings[row.treaty]?.get(row.country);
    const flag = standing && treatyMismatch(row.item, row.answer, standing);
    return flag
      ? [{ country: row.country, item: row.item, answer: row.answer, message: flag.message }]
      : [];
  });
}
