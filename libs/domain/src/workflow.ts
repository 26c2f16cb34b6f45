export const WORKFLOW_STATES = ['draft', 'submitted', 'returned', 'validated'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

/** What can happen to a report (or a country's indicator values) in review. */
export const WORKFLOW_EVENTS = [
  'save',
  'submit',
  'withdraw',
  'return',
  'validate',
  'reopen',
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

/** The events that change only the state (`POST …/{event}`); a save changes the content. */
export const TRANSITION_EVENTS = ['submit', 'withdraw', 'return', 'validate', 'reopen'] as const;
export type TransitionEvent = (typeof TRANSITION_EVENTS)[number];

/** How messages and audit actions name an event that happened: `report.submitted`. */
export const PAST_TENSE: Readonly<Record<WorkflowEvent, string>> = {
  save: 'edited',
  submit: 'submitted',
  withdraw: 'withdrawn',
  return: 'returned',
  validate: 'validated',
  reopen: 'reopened',
};

export type TransitionResult =
  { allowed: true; state: WorkflowState } | { allowed: false; reason: string };

/** States in which a focal point may still change a record. */
export const EDITABLE_STATES: readonly WorkflowState[] = ['draft', 'returned'];

/**
 * The review workflow: draft → submitted → validated, or submitted → returned → submitted;
 * a validated record can be reopened for correction (it goes back to the focal point as
 * returned). A submission no coordinator has acted on yet can be withdrawn back to draft. `current` is null for a record that does not exist yet.
 */
export function transition(current: WorkflowState | null, event: WorkflowEvent): TransitionResult {
  const refuse = (reason: string): TransitionResult => ({ allowed: false, reason });
  const now = current ?? 'not created';
  switch (event) {
    case 'save':
      if (current === null) return { allowed: true, state: 'draft' };
      return EDITABLE_STATES.includes(current)
        ? { allowed: true, state: current }
        : refuse(
            `It is ${now}: only draft or returned records can be edited${current === 'validated' ? ' (reopen it first)' : ''}.`,
          );
    case 'submit':
      return current !== null && EDITABLE_STATES.includes(current)
        ? { allowed: true, state: 'submitted' }
        : refuse(`It is ${now}: only draft or returned records can be submitted.`);
    case 'withdraw':
      // Still submitted is what "no coordinator has acted on it" means.
      return current === 'submitted'
        ? { allowed: true, state: 'draft' }
        : refuse(`It is ${now}: only submitted records can be withdrawn.`);
    case 'return':
    case 'validate':
      return current === 'submitted'
        ? { allowed: true, state: event === 'return' ? 'returned' : 'validated' }
        : refuse(
            `It is ${now}: only submitted records can be ${event === 'return' ? 'returned' : 'validated'}.`,
          );
    case 'reopen':
      return current === 'validated'
        ? { allowed: true, state: 'returned' }
        : refuse(`It is ${now}: only validated records can be reopened.`);
  }
}
