import {
  AGE_CATEGORIES,
  fromCells,
  IndicatorCell,
  IndicatorValueInput,
  SEX_CATEGORIES,
  toCells,
} from './disaggregation';
import { changedParts, mergeParts, type PartsMerge, type RecordParts } from './record-merge';
import type { ChecklistEntry, EvidenceEntry, ReportContent } from './report-content';
import { isSameData } from './same-data';
import { DEFAULT_SENSITIVITY, type Sensitivity } from './sensitivity';
import type { ReportDraft } from './report-draft';

/** A report as a patch sees it: the body of its PUT (its saved content is one). */
export type ReportDocument = ReportDraft;
type DraftEvidence = NonNullable<ReportDraft['evidence']>[number];

/** A country's indicator values as a patch sees them (the body of their PUT). */
export interface IndicatorDocument {
  values: IndicatorValueInput[];
}

const CHECKLIST = 'checklist.';
const EVIDENCE = 'evidence.';

/**
 * Evidence has no id: an item is known by its title (a repeated title by its rank among those),
 * so that items added in two windows are both kept and an edit of one item is one part.
 */
function evidenceNames(evidence: readonly DraftEvidence[]): string[] {
  const seen = new Map<string, number>();
  return evidence.map((entry) => {
    const count = (seen.get(entry.title) ?? 0) + 1;
    seen.set(entry.title, count);
    return `${EVIDENCE}${entry.title}${count > 1 ? ` (${count})` : ''}`;
  });
}

/** How patches, changes and comments name each evidence item: its title, a repeat with its rank. */
export const evidenceKeys = (evidence: readonly Pick<DraftEvidence, 'title'>[]): string[] =>
  evidenceNames(evidence as DraftEvidence[]).map((name) => name.slice(EVIDENCE.length));

const checklistEntry = (entry: NonNullable<ReportDraft['checklist']>[number]) => ({
  answer: entry.answer,
  note: entry.note ?? null,
});

const evidenceEntry = (entry: DraftEvidence): EvidenceEntry => ({
  kind: entry.kind,
  title: entry.title,
  url: entry.url ?? null,
  date: entry.date ?? null,
  reference: entry.reference ?? null,
  sensitivity: entry.sensitivity ?? DEFAULT_SENSITIVITY.evidence,
});

/**
 * A report's parts: status, narrative, sensitivity, areas, `checklist.<item>` and
 * `evidence.<title>`.
 */
export function reportParts(report: ReportDocument): RecordParts {
  const parts: RecordParts = {
    status: report.status,
    narrative: report.narrative ?? '',
    sensitivity: report.sensitivity ?? DEFAULT_SENSITIVITY.report,
  };
  if (report.areas) parts.areas = [...report.areas].sort((a, b) => a - b);
  for (const entry of report.checklist ?? [])
    parts[`${CHECKLIST}${entry.item}`] = checklistEntry(entry);
  const evidence = report.evidence ?? [];
  evidenceNames(evidence).forEach((name, index) => (parts[name] = evidenceEntry(evidence[index])));
  return parts;
}

/** The report that a set of parts makes, items in the parts' order. */
export function reportFromParts(parts: RecordParts): ReportDocument {
  const entries = Object.entries(parts);
  const report: ReportDocument = {
    status: parts.status as ReportContent['status'],
    narrative: (parts.narrative as string | undefined) ?? '',
    sensitivity: (parts.sensitivity as Sensitivity | undefined) ?? DEFAULT_SENSITIVITY.report,
    checklist: entries
      .filter(([name]) => name.startsWith(CHECKLIST))
      .map(([name, value]) => ({
        item: name.slice(CHECKLIST.length),
        ...(value as Omit<ChecklistEntry, 'item'>),
      })),
    evidence: entries
      .filter(([name]) => name.startsWith(EVIDENCE))
      .map(([, value]) => value as EvidenceEntry),
  };
  if (parts.areas) report.areas = parts.areas as number[];
  return report;
}

const cellName = (cell: Omit<IndicatorCell, 'value'>) =>
  `${cell.indicator}.${cell.sex}.${cell.ageGroup}`;

const SENSITIVITY = '.sensitivity';

/**
 * Indicator values' parts: one per cell, `<indicator>.<sex>.<age>` (`all` for a total), and
 * `<indicator>.sensitivity` where it is not the default (so adding a value is its cells only).
 */
export function indicatorParts(document: IndicatorDocument): RecordParts {
  const parts: RecordParts = {};
  for (const value of document.values)
    if ((value.sensitivity ?? DEFAULT_SENSITIVITY.indicator) !== DEFAULT_SENSITIVITY.indicator)
      parts[`${value.indicator}${SENSITIVITY}`] = value.sensitivity!;
  for (const cell of toCells(document.values)) parts[cellName(cell)] = cell.value;
  return parts;
}

const SEXES: readonly string[] = [...SEX_CATEGORIES, 'all'];
const AGES: readonly string[] = [...AGE_CATEGORIES, 'all'];

/** The values that a set of cells makes, indicators in the parts' order. */
export function indicatorsFromParts(parts: RecordParts): IndicatorDocument {
  const cells: IndicatorCell[] = Object.entries(parts).flatMap(([name, value]) => {
    const [indicator, sex, ageGroup] = name.split('.');
    if (!SEXES.includes(sex) || !AGES.includes(ageGroup)) return [];
    return [{ indicator, sex, ageGroup, value } as IndicatorCell];
  });
  const order = [...new Set(cells.map((cell) => cell.indicator))];
  const values = fromCells(cells, order).map((value) => ({
    ...value,
    sensitivity:
      (parts[`${value.indicator}${SENSITIVITY}`] as Sensitivity | undefined) ??
      DEFAULT_SENSITIVITY.indicator,
  }));
  return { values };
}

const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Whether a value's breakdown (when given) adds up to its total. */
function isBalanced(value: IndicatorValueInput): boolean {
  if (value.bySex) return sumOf(SEX_CATEGORIES.map((sex) => value.bySex![sex])) === value.total;
  if (value.bySexAge)
    return (
      sumOf(
        SEX_CATEGORIES.flatMap((sex) => AGE_CATEGORIES.map((age) => value.bySexAge![sex][age])),
      ) === value.total
    );
  return true;
}

/**
 * Cells merge one by one, but an indicator's cells must still add up: when two sides changed
 * different cells of one indicator and the merge no longer adds up (each side did alone), every
 * cell of it that either side changed is a conflict, for the user to take one side's figures.
 */
export function mergeIndicatorParts(
  base: RecordParts,
  mine: RecordParts,
  theirs: RecordParts,
): PartsMerge {
  const merge = mergeParts(base, mine, theirs);
  const unbalanced = new Set(
    indicatorsFromParts(merge.merged)
      .values.filter((value) => !isBalanced(value))
      .map((value) => value.indicator),
  );
  const asked = new Set(merge.conflicts.map((conflict) => conflict.part));
  const changed = [...changedParts(base, mine), ...changedParts(base, theirs)];
  for (const part of new Set(changed)) {
    if (asked.has(part) || !unbalanced.has(part.split('.')[0])) continue;
    // Both sides gave it the same figure: nothing to choose.
    if (isSameData(mine[part] ?? null, theirs[part] ?? null)) continue;
    merge.conflicts.push({
      part,
      base: base[part] ?? null,
      mine: mine[part] ?? null,
      theirs: theirs[part] ?? null,
    });
  }
  return merge;
}
