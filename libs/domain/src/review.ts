import { AccessScope, mayAccessCountry, Operation } from './access-policy';
import type { FieldError } from './field-error';
import {
  transition,
  TransitionEvent,
  WORKFLOW_EVENTS,
  WorkflowEvent,
  WorkflowState,
} from './workflow';

/**
 * The version a client asked for with If-Match: undefined when it sent none, null when it sent
 * something no version could match.
 */
export type ExpectedVersion = number | null | undefined;

/** Writers edit, submit and withdraw; reviewers return, validate and reopen. */
export const OPERATION_OF: Readonly<Record<WorkflowEvent, Operation>> = {
  save: 'write',
  submit: 'write',
  withdraw: 'write',
  return: 'review',
  validate: 'review',
  reopen: 'review',
};

/** The events a closed period refuses, named as its message says ("editing is not possible"). */
export const NEEDS_OPEN_PERIOD: Readonly<Partial<Record<WorkflowEvent, string>>> = {
  save: 'editing',
  submit: 'submitting',
  // Back to a draft that could not be submitted again until the period reopens.
  withdraw: 'withdrawing',
  reopen: 'reopening',
};

/** A reviewed record as the rules see it; `state` and `version` are null before it exists. */
export interface RecordStanding {
  country: string;
  state: WorkflowState | null;
  version: number | null;
  periodOpen: boolean;
}

export type Refusal =
  | { kind: 'period_closed'; doing: string }
  | { kind: 'already_exists'; current: number }
  | { kind: 'stale_version'; current: number | null }
  | { kind: 'not_allowed'; reason: string };

export type ReviewDecision =
  { allowed: true; state: WorkflowState } | { allowed: false; refusal: Refusal };

/**
 * Whether If-Match fits the record: a save without it creates, so on a record that exists it is
 * refused like a stale version (whoever created it first won, whether the other read came before
 * or after that commit); a transition may leave it out; a record that does not exist yet matches
 * no version.
 */
export function versionRefusal(
  current: number | null,
  expected: ExpectedVersion,
  event: WorkflowEvent,
): Refusal | null {
  if (expected === undefined)
    return current !== null && event === 'save' ? { kind: 'already_exists', current } : null;
  return expected === current ? null : { kind: 'stale_version', current };
}

/**
 * May this event happen to the record now? Checked in the order a client can act on: a closed
 * period first, then a stale version, then the workflow. Access is the caller's check.
 */
export function decide(
  record: RecordStanding,
  event: WorkflowEvent,
  expected: ExpectedVersion,
): ReviewDecision {
  const doing = NEEDS_OPEN_PERIOD[event];
  if (!record.periodOpen && doing)
    return { allowed: false, refusal: { kind: 'period_closed', doing } };
  const stale = versionRefusal(record.version, expected, event);
  if (stale) return { allowed: false, refusal: stale };
  const result = transition(record.state, event);
  return result.allowed
    ? result
    : { allowed: false, refusal: { kind: 'not_allowed', reason: result.reason } };
}

/** What the actor may do to the record right now: their access, the period and the workflow. */
export function allowedActions(actor: AccessScope, record: RecordStanding): WorkflowEvent[] {
  return WORKFLOW_EVENTS.filter(
    (event) =>
      mayAccessCountry(actor, OPERATION_OF[event], record.country) &&
      decide(record, event, record.version ?? undefined).allowed,
  );
}

/** The longest return comment or reopening reason. */
export const NOTE_MAX_LENGTH = 4000;

/** What a transition says beyond itself: a return its comment, a reopening its reason. */
export interface TransitionNotes {
  comment?: string;
  reason?: string;
}

const NOTE_OF: Readonly<Record<TransitionEvent, keyof TransitionNotes | null>> = {
  submit: null,
  withdraw: null,
  return: 'comment',
  validate: null,
  reopen: 'reason',
};

/** A return needs its comment and a reopening its reason; no transition takes another's note. */
export function transitionNoteProblems(
  event: TransitionEvent,
  notes: TransitionNotes,
): FieldError[] {
  const needed = NOTE_OF[event];
  return (['comment', 'reason'] as const).flatMap((field): FieldError[] => {
    const given = notes[field] !== undefined && notes[field] !== null;
    if (field === needed && !given)
      return [{ field, messages: [`${field} is required (1 to ${NOTE_MAX_LENGTH} characters)`] }];
    if (field !== needed && given)
      return [{ field, messages: [`property ${field} should not exist`] }];
    return [];
  });
}

/** The note a transition carries (the return comment or the reopening reason), if any. */
export const noteOf = (event: TransitionEvent, notes: TransitionNotes): string | null => {
  const field = NOTE_OF[event];
  return field ? (notes[field] ?? null) : null;
};
