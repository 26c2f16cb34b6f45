import type { FieldError } from './field-error';
import type { ChecklistAnswer, EvidenceKind, ImplementationStatus } from './implementation-status';
import type { ChecklistEntry, ReportContent } from './report-content';
import { DEFAULT_SENSITIVITY, type Sensitivity } from './sensitivity';
import { prefilledAnswer, ReportFlag, TreatyStanding, treatyMismatch } from './treaty-check';

/** What a report on an action may hold, from the framework data. */
export interface ActionFramework {
  /** Its checklist items, in order. */
  items: readonly string[];
  /** Items answered from a treaty record (a1 → SOM), in order. */
  treatyItems: ReadonlyMap<string, string>;
  /** The Work Plan areas a report serves unless it says otherwise. */
  defaultAreas: readonly number[];
}

/** A report as a focal point sends it: optional parts may be left out (or null, as saved). */
export interface ReportDraft {
  status: ImplementationStatus;
  narrative?: string;
  sensitivity?: Sensitivity;
  areas?: number[];
  checklist?: Array<{ item: string; answer: ChecklistAnswer; note?: string | null }>;
  evidence?: Array<{
    kind: EvidenceKind;
    title: string;
    url?: string | null;
    date?: string | null;
    reference?: string | null;
    sensitivity?: Sensitivity;
  }>;
}

function checklistProblems(framework: ActionFramework, action: string, draft: ReportDraft) {
  const known = framework.items;
  const checklist = draft.checklist ?? [];
  return checklist.flatMap((entry, index): FieldError[] => {
    const field = `checklist[${index}].item`;
    if (!known.includes(entry.item))
      return [
        {
          field,
          messages: [`${entry.item} is not an item of action (${action}): ${known.join(', ')}`],
        },
      ];
    if (checklist.findIndex((other) => other.item === entry.item) !== index)
      return [{ field, messages: [`${entry.item} is answered twice`] }];
    return [];
  });
}

/**
 * The content a save writes: checklist items of the action only, each once, in its order; the
 * action's areas when none are given. Problems instead when the draft does not fit the action.
 */
export function reportContentFrom(
  framework: ActionFramework,
  action: string,
  draft: ReportDraft,
): { content: ReportContent; problems: [] } | { content: null; problems: FieldError[] } {
  const problems = checklistProblems(framework, action, draft);
  if (problems.length > 0) return { content: null, problems };
  const areas = draft.areas ?? framework.defaultAreas;
  if (areas.length === 0) {
    const message = `action (${action}) has no default Work Plan area: give areas`;
    return { content: null, problems: [{ field: 'areas', messages: [message] }] };
  }
  const position = (entry: { item: string }) => framework.items.indexOf(entry.item);
  return {
    problems: [],
    content: {
      status: draft.status,
      narrative: draft.narrative ?? '',
      sensitivity: draft.sensitivity ?? DEFAULT_SENSITIVITY.report,
      areas: [...new Set(areas)].sort(),
      checklist: [...(draft.checklist ?? [])]
        .sort((a, b) => position(a) - position(b))
        .map(({ item, answer, note }): ChecklistEntry => ({ item, answer, note: note ?? null })),
      evidence: (draft.evidence ?? []).map((entry) => ({
        kind: entry.kind,
        title: entry.title,
        url: entry.url ?? null,
        date: entry.date ?? null,
        reference: entry.reference ?? null,
        sensitivity: entry.sensitivity ?? DEFAULT_SENSITIVITY.evidence,
      })),
    },
  };
}

/**
 * Treaty items (a1, a2) the focal point left unanswered are answered from the record as of the
 * period's last day, on every save: the answer is never silently dropped.
 */
export function withTreatyAnswers(
  framework: ActionFramework,
  content: ReportContent,
  standings: ReadonlyMap<string, TreatyStanding>,
): ReportContent {
  const prefilled = [...framework.treatyItems].flatMap(([item, treaty]): ChecklistEntry[] => {
    const record = standings.get(treaty);
    if (!record || content.checklist.some((entry) => entry.item === item)) return [];
    return [{ item, ...prefilledAnswer(record) }];
  });
  return { ...content, checklist: [...prefilled, ...content.checklist] };
}

/** Answers on treaty participation that contradict the record as of the period's last day. */
export function treatyFlags(
  framework: ActionFramework,
  content: ReportContent,
  standings: ReadonlyMap<string, TreatyStanding>,
): ReportFlag[] {
  return content.checklist.flatMap((entry) => {
    const treaty = framework.treatyItems.get(entry.item);
    const record = treaty === undefined ? undefined : standings.get(treaty);
    const flag = record && treatyMismatch(entry.item, entry.answer, record);
    return flag ? [flag] : [];
  });
}
