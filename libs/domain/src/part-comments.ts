import { AccessScope, mayAccessCountry } from './access-policy';
import { AGE_CATEGORIES, IndicatorDefinition, SEX_CATEGORIES } from './disaggregation';
import type { RecordParts } from './record-merge';
import { isSameData } from './same-data';

/**
 * What a comment is about: a checklist item (its code), an evidence item (its title, as patches
 * and changes name it), an indicator cell (`<indicator>.<sex>.<age>`), or the whole record.
 */
export const COMMENT_PART_KINDS = ['record', 'checklist', 'evidence', 'indicator'] as const;
export type CommentPartKind = (typeof COMMENT_PART_KINDS)[number];

export interface CommentPart {
  kind: CommentPartKind;
  /** Absent for the whole record. */
  key?: string | null;
}

/** How a thread stopped being open: a reply, a change on resubmission, or the reviewer. */
export const THREAD_RESOLUTIONS = ['answered', 'changed', 'resolved'] as const;
export type ThreadResolution = (typeof THREAD_RESOLUTIONS)[number];

/** The longest comment or reply. */
export const COMMENT_MAX_LENGTH = 2000;

/** The parts each kind of record can be commented on. */
export const COMMENT_PARTS_OF: Readonly<Record<'report' | 'indicator_set', CommentPartKind[]>> = {
  report: ['record', 'checklist', 'evidence'],
  indicator_set: ['record', 'indicator'],
};

/** The name of the part among the record's parts (`checklist.d3`); null for the whole record. */
export function commentPartName(part: CommentPart): string | null {
  switch (part.kind) {
    case 'record':
      return null;
    case 'checklist':
      return `checklist.${part.key}`;
    case 'evidence':
      return `evidence.${part.key}`;
    case 'indicator':
      return part.key ?? null;
  }
}

/**
 * Whether the part a thread is about changed between two contents of the record: the whole
 * record when anything in it did. An indicator cell also counts as changed when any cell of the
 * same indicator did (its figures are answered together).
 */
export function partChangedBetween(
  part: CommentPart,
  before: RecordParts,
  after: RecordParts,
): boolean {
  const name = commentPartName(part);
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const concerned = (candidate: string) =>
    name === null ||
    candidate === name ||
    (part.kind === 'indicator' && candidate.split('.')[0] === name.split('.')[0]);
  return [...names]
    .filter(concerned)
    .some((candidate) => !isSameData(before[candidate] ?? null, after[candidate] ?? null));
}

/**
 * Who may write what. Reviewers of the country (its processes' coordinators, admins) open
 * threads and reply; its focal points reply, to answer. Everyone else only reads, as far as
 * they may read the record.
 */
export function mayComment(actor: AccessScope, country: string, reply: boolean): boolean {
  if (mayAccessCountry(actor, 'review', country)) return true;
  return reply && mayAccessCountry(actor, 'write', country);
}

/**
 * A reply answers its thread (which then is resolved) when it comes from someone who may edit the
 * record and who did not open the thread: a reviewer's own follow-up keeps it open.
 */
export function replyAnswers(
  actor: AccessScope & { id: string },
  country: string,
  threadAuthorId: string,
): boolean {
  return actor.id !== threadAuthorId && mayAccessCountry(actor, 'write', country);
}

/** The cells an indicator can be commented on: its total, and each part its breakdown has. */
export function indicatorCellNames(definition: IndicatorDefinition): string[] {
  const { code, disaggregation } = definition;
  const parts =
    disaggregation === 'sex'
      ? SEX_CATEGORIES.map((sex) => `${sex}.all`)
      : disaggregation === 'sex_age'
        ? SEX_CATEGORIES.flatMap((sex) => AGE_CATEGORIES.map((age) => `${sex}.${age}`))
        : [];
  return [`${code}.all.all`, ...parts.map((part) => `${code}.${part}`)];
}
