import type { ChecklistAnswer } from './implementation-status';

/** Why a report counts toward a Work Plan area. */
export type AreaReason =
  { kind: 'tagged' } | { kind: 'action'; action: string } | { kind: 'item'; item: string };

export interface AreaReport {
  action: string;
  /** The areas the report is tagged with. */
  areas: readonly number[];
  answers: ReadonlyArray<{ item: string; answer: ChecklistAnswer | '' }>;
}

/** The framework as this rule reads it: each action's areas, the checklist items' own areas. */
export interface AreaFramework {
  actions: ReadonlyArray<{ code: string; areas: readonly number[] }>;
  checklist: ReadonlyArray<{ code: string; area: number | null }>;
}

/**
 * The areas a report serves in the regional summaries, each with why: its own tags, its action's
 * areas, and the area of a checklist item it answers yes or partial that has an area of its own
 * (d7, detention, serves area 3 whatever the tags).
 */
export function areasServed(
  report: AreaReport,
  framework: AreaFramework,
): Map<number, AreaReason[]> {
  const served = new Map<number, AreaReason[]>();
  const add = (area: number, reason: AreaReason) =>
    served.set(area, [...(served.get(area) ?? []), reason]);
  for (const area of report.areas) add(area, { kind: 'tagged' });
  const action = framework.actions.find((a) => a.code === report.action);
  for (const area of action?.areas ?? []) add(area, { kind: 'action', action: report.action });
  const affirmed = new Set(
    report.answers.filter((a) => a.answer === 'yes' || a.answer === 'partial').map((a) => a.item),
  );
  for (const item of framework.checklist)
    if (item.area !== null && affirmed.has(item.code))
      add(item.area, { kind: 'item', item: item.code });
  return served;
}
