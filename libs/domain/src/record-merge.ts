import { isSameData } from './same-data';

/**
 * A record cut into the parts that two windows may change independently (a report's status,
 * narrative, areas, each checklist item, each evidence item; each indicator cell), by name.
 * A part that is not there (an item never answered, an evidence item removed) is left out.
 */
export type RecordParts = Record<string, unknown>;

/** A part both sides changed, each differently: what it was, what I made it, what they did. */
export interface PartConflict {
  part: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface PartsMerge {
  /** Every part: mine where only I changed it, theirs otherwise (conflicting parts: theirs). */
  merged: RecordParts;
  /** Parts changed on both sides to different values, in the order they come. */
  conflicts: PartConflict[];
}

const valueOf = (parts: RecordParts, part: string): unknown => parts[part] ?? null;

/**
 * Three-way merge against the common base: a part changed on one side only takes that side's
 * value; a part changed on both sides alike takes it too; one changed on both sides differently
 * is a conflict. Part order: theirs first (the saved record), then parts only mine has.
 */
export function mergeParts(base: RecordParts, mine: RecordParts, theirs: RecordParts): PartsMerge {
  const names = [...new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])];
  const merged: RecordParts = {};
  const conflicts: PartConflict[] = [];
  for (const part of names) {
    const was = valueOf(base, part);
    const ours = valueOf(mine, part);
    const saved = valueOf(theirs, part);
    const mineChanged = !isSameData(was, ours);
    const theirsChanged = !isSameData(was, saved);
    if (mineChanged && theirsChanged && !isSameData(ours, saved))
      conflicts.push({ part, base: was, mine: ours, theirs: saved });
    const value = mineChanged && !theirsChanged ? ours : saved;
    if (value !== null) merged[part] = value;
  }
  return { merged, conflicts };
}

/** The parts whose values differ between two versions of a record. */
export function changedParts(before: RecordParts, after: RecordParts): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names.filter((part) => !isSameData(valueOf(before, part), valueOf(after, part)));
}

/** A part as it was and as it is now (null: absent). */
export interface PartChange {
  part: string;
  before: unknown;
  after: unknown;
}

/** What changed between two versions of a record, part by part, in the parts' order (after's first). */
export function partChanges(before: RecordParts, after: RecordParts): PartChange[] {
  const names = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return names
    .filter((part) => !isSameData(valueOf(before, part), valueOf(after, part)))
    .map((part) => ({ part, before: valueOf(before, part), after: valueOf(after, part) }));
}

/** `merged`, with each named part set to the value chosen for it (null removes it). */
export function withChosenParts(merged: RecordParts, chosen: RecordParts): RecordParts {
  const result: RecordParts = { ...merged };
  for (const [part, value] of Object.entries(chosen)) {
    if (value === null || value === undefined) delete result[part];
    else result[part] = value;
  }
  return result;
}
