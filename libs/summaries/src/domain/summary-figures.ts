import { statusScore } from '@app/domain';
import type { ImplementationStatus } from '@app/domain';
import type { ChecklistCoverageView, OverdueMemberView, StatusCountsView } from '../summary-data';

/** Rounded once, for display, from the unrounded value; null (no data) stays null. */
export const round = (value: number | null, digits = 2): number | null =>
  value === null || Number.isNaN(value) ? null : Number(value.toFixed(digits));

/** A 0–4 status score as 0–100, rounded once from the unrounded score. */
export const percent = (score: number | null): number | null =>
  score === null ? null : round((score / 4) * 100, 1);

/**
 * The mean status score of some reports, 0–4: `not_applicable` has no score and is left out;
 * null when no report has a score.
 */
export function meanScore(statuses: Iterable<ImplementationStatus>): number | null {
  let sum = 0;
  let scored = 0;
  for (const status of statuses) {
    const score = statusScore(status);
    if (score === null) continue;
    sum += score;
    scored += 1;
  }
  return scored === 0 ? null : sum / scored;
}

/** Reports out of those expected (every member on every action), 0–1; 0 without members. */
export function shareOfExpected(reports: number, members: number, actions: number): number {
  return members === 0 || actions === 0 ? 0 : (round(reports / (members * actions), 4) as number);
}

/** How many reports of an action had each status, and how many members gave none. */
export function statusCounts(
  counts: Partial<Record<string, number>>,
  reports: number,
  members: number,
): StatusCountsView {
  const count = (status: ImplementationStatus) => counts[status] ?? 0;
  return {
    not_started: count('not_started'),
    planned: count('planned'),
    in_progress: count('in_progress'),
    partially_implemented: count('partially_implemented'),
    implemented: count('implemented'),
    not_applicable: count('not_applicable'),
    not_reported: members - reports,
  };
}

export interface ChecklistAnswerCounts {
  item: string;
  text: string;
  yes: number;
  partial: number;
  no: number;
  unknown: number;
}

/** A checklist item's answers across the members, with the share of members answering yes. */
export function checklistCoverage(
  counts: ChecklistAnswerCounts,
  members: number,
): ChecklistCoverageView {
  const { item, text, yes, partial, no, unknown } = counts;
  return {
    item,
    text,
    yes,
    partial,
    no,
    unknown,
    unanswered: members - yes - partial - no - unknown,
    shareYes: members === 0 ? 0 : (round(yes / members, 4) as number),
  };
}

/** Members missing validated reports on some actions, with those actions in framework order. */
export function overdueMembers(
  reported: ReadonlyArray<{ iso3: string; actions: readonly string[] }>,
  actionCodes: readonly string[],
): OverdueMemberView[] {
  return reported.flatMap((member) => {
    const missingActions = actionCodes.filter((code) => !member.actions.includes(code));
    return missingActions.length > 0 ? [{ country: member.iso3, missingActions }] : [];
  });
}
