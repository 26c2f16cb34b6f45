import {
  ParticipationRecord,
  TreatyParticipation,
  TreatyStanding,
  treatyStatusAsOf,
} from '@app/reference';
import { ChecklistAnswer, treatyMismatch } from '@app/reporting';
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

/** Each member's standing in a treaty on a date (a party with an unknown date counts). */
export function standingsOf(
  code: ChecklistTreaty,
  treaty: TreatyParticipation,
  members: string[],
  asOf: string,
): Map<string, TreatyStanding> {
  const status = treatyStatusAsOf(recordsOf(treaty, members), asOf);
  const parties = new Map(
    [...status.parties, ...status.partiesWithUnknownDate].map((p) => [p.iso3, p]),
  );
  return new Map(
    members.map((iso3): [string, TreatyStanding] => {
      const party = parties.get(iso3);
      return [
        iso3,
        {
          treaty: code,
          standing: party ? 'party' : 'not_party',
          consentDate: party?.consentDate ?? null,
          consentKind: party?.consentKind ?? null,
          sources: party?.sources ?? [treaty.coverage.completeSource],
          completeAsOf: treaty.coverage.completeAsOf,
        },
      ];
    }),
  );
}

/** The members' standing in the Smuggling Protocol at the period's end, and the change. */
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
  return {
    asOf,
    parties: now.parties.length,
    partyMembers: codes(now.parties),
    signatoriesNotParties: now.signatoriesNotParties.length,
    signatoryMembers: codes(now.signatoriesNotParties),
    partiesWithUnknownDate: codes(now.partiesWithUnknownDate),
    previousParties: before.parties.length,
    change: now.parties.length - before.parties.length,
    completeAsOf: som.coverage.completeAsOf,
    gap: som.coverage.gap,
  };
}

/** The validated answers that contradict the members' treaty records at the period's end. */
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
