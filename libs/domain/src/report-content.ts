import type { ChecklistAnswer, EvidenceKind, ImplementationStatus } from './implementation-status';
import { isSameData as same } from './same-data';
import type { Sensitivity } from './sensitivity';

export interface ChecklistEntry {
  item: string;
  answer: ChecklistAnswer;
  note: string | null;
}

export interface EvidenceEntry {
  kind: EvidenceKind;
  title: string;
  url: string | null;
  date: string | null;
  reference: string | null;
  sensitivity: Sensitivity;
}

/** What a focal point writes in a report; kept as it was at each validation. */
export interface ReportContent {
  status: ImplementationStatus;
  narrative: string;
  /** Who may read the narrative and the checklist notes. */
  sensitivity: Sensitivity;
  areas: number[];
  checklist: ChecklistEntry[];
  evidence: EvidenceEntry[];
}

export interface ContentChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What changed since the last validation: per field, and per checklist item. */
export function changesBetween(validated: ReportContent, current: ReportContent): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const field of ['status', 'narrative', 'sensitivity', 'areas', 'evidence'] as const) {
    if (!same(validated[field], current[field]))
      changes.push({ field, before: validated[field], after: current[field] });
  }
  const items = new Set([...validated.checklist, ...current.checklist].map((entry) => entry.item));
  for (const item of [...items].sort()) {
    const before = validated.checklist.find((entry) => entry.item === item) ?? null;
    const after = current.checklist.find((entry) => entry.item === item) ?? null;
    if (!same(before, after)) changes.push({ field: `checklist.${item}`, before, after });
  }
  return changes;
}
