import { transition, WORKFLOW_STATES, WorkflowEvent, WorkflowState } from './workflow';

const EVENTS: WorkflowEvent[] = ['save', 'submit', 'withdraw', 'return', 'validate', 'reopen'];
const STATES: Array<WorkflowState | null> = [null, ...WORKFLOW_STATES];

/** Every state × event: the state it leads to, or null where the event is refused. */
const EXPECTED: Record<string, Record<WorkflowEvent, WorkflowState | null>> = {
  'not created': {
    ...{ save: 'draft', submit: null, withdraw: null },
    ...{ return: null, validate: null, reopen: null },
  },
  draft: {
    ...{ save: 'draft', submit: 'submitted', withdraw: null },
    ...{ return: null, validate: null, reopen: null },
  },
  submitted: {
    ...{ save: null, submit: null, withdraw: 'draft' },
    ...{ return: 'returned', validate: 'validated', reopen: null },
  },
  returned: {
    ...{ save: 'returned', submit: 'submitted', withdraw: null },
    ...{ return: null, validate: null, reopen: null },
  },
  validated: {
    ...{ save: null, submit: null, withdraw: null },
    ...{ return: null, validate: null, reopen: 'returned' },
  },
};

const cases = STATES.flatMap((state) =>
  EVENTS.map((event) => ({
    state,
    event,
    name: state ?? 'not created',
    next: EXPECTED[state ?? 'not created'][event],
  })),
);

describe('transition', () => {
  it('covers every workflow state', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(['not created', ...WORKFLOW_STATES].sort());
  });

  it.each(cases.filter((c) => c.next !== null))(
    'allows $event on a $name record, leading to $next',
    ({ state, event, next }) => {
      expect(transition(state, event)).toEqual({ allowed: true, state: next });
    },
  );

  it.each(cases.filter((c) => c.next === null))(
    'refuses $event on a $name record, naming the current state',
    ({ state, event, name }) => {
      const result = transition(state, event);
      expect(result.allowed).toBe(false);
      if (result.allowed) return;
      expect(result.reason.startsWith(`It is ${name}: `)).toBe(true);
    },
  );

  describe('withdrawing', () => {
    it('takes a submission no coordinator has acted on back to draft', () => {
      expect(transition('submitted', 'withdraw')).toEqual({ allowed: true, state: 'draft' });
    });

    it('refuses once a coordinator returned or validated it', () => {
      expect(transition('returned', 'withdraw')).toEqual({
        allowed: false,
        reason: 'It is returned: only submitted records can be withdrawn.',
      });
      expect(transition('validated', 'withdraw').allowed).toBe(false);
    });
  });

  describe('editing', () => {
    it('creates a new record as a draft on its first save', () => {
      expect(transition(null, 'save')).toEqual({ allowed: true, state: 'draft' });
    });

    it('keeps a draft a draft, and a returned report returned, when saved', () => {
      expect(transition('draft', 'save')).toEqual({ allowed: true, state: 'draft' });
      expect(transition('returned', 'save')).toEqual({ allowed: true, state: 'returned' });
    });

    it('does not let a submitted report be edited while it is in review', () => {
      expect(transition('submitted', 'save')).toEqual({
        allowed: false,
        reason: 'It is submitted: only draft or returned records can be edited.',
      });
    });

    it('does not let a validated report be edited, and says to reopen it first', () => {
      expect(transition('validated', 'save')).toEqual({
        allowed: false,
        reason: 'It is validated: only draft or returned records can be edited (reopen it first).',
      });
    });
  });

  describe('submitting', () => {
    it('lets a returned report be resubmitted', () => {
      expect(transition('returned', 'submit')).toEqual({ allowed: true, state: 'submitted' });
    });

    it('does not submit a record that does not exist yet', () => {
      expect(transition(null, 'submit')).toEqual({
        allowed: false,
        reason: 'It is not created: only draft or returned records can be submitted.',
      });
    });

    it('does not submit a report twice', () => {
      expect(transition('submitted', 'submit')).toEqual({
        allowed: false,
        reason: 'It is submitted: only draft or returned records can be submitted.',
      });
    });

    it('does not resubmit a validated report', () => {
      expect(transition('validated', 'submit')).toEqual({
        allowed: false,
        reason: 'It is validated: only draft or returned records can be submitted.',
      });
    });
  });

  describe('reviewing', () => {
    it.each(['return', 'validate'] as const)(
      '%s is only possible on a submitted record',
      (event) => {
        for (const state of STATES) {
          expect(transition(state, event).allowed).toBe(state === 'submitted');
        }
      },
    );

    it('refuses to validate a draft that was never submitted', () => {
      expect(transition('draft', 'validate')).toEqual({
        allowed: false,
        reason: 'It is draft: only submitted records can be validated.',
      });
    });

    it('refuses to return a report that was already returned', () => {
      expect(transition('returned', 'return')).toEqual({
        allowed: false,
        reason: 'It is returned: only submitted records can be returned.',
      });
    });

    it('refuses to validate an already validated report', () => {
      expect(transition('validated', 'validate')).toEqual({
        allowed: false,
        reason: 'It is validated: only submitted records can be validated.',
      });
    });
  });

  describe('reopening', () => {
    it('sends a validated report back to the focal point as returned', () => {
      expect(transition('validated', 'reopen')).toEqual({ allowed: true, state: 'returned' });
    });

    it.each(['draft', 'submitted', 'returned'] as const)(
      'does not reopen a %s report, which is not validated',
      (state) => {
        expect(transition(state, 'reopen')).toEqual({
          allowed: false,
          reason: `It is ${state}: only validated records can be reopened.`,
        });
      },
    );

    it('does not reopen a record that does not exist yet', () => {
      expect(transition(null, 'reopen')).toEqual({
        allowed: false,
        reason: 'It is not created: only validated records can be reopened.',
      });
    });
  });

  it('runs a report through return, resubmission, validation and reopening', () => {
    const steps: WorkflowEvent[] = [
      'save',
      'submit',
      'return',
      'save',
      'submit',
      'validate',
      'reopen',
      'save',
      'submit',
      'validate',
    ];
    const states: WorkflowState[] = [];
    let state: WorkflowState | null = null;
    for (const event of steps) {
      const result = transition(state, event);
      if (!result.allowed) throw new Error(`${event} refused: ${result.reason}`);
      state = result.state;
      states.push(state);
    }
    expect(states).toEqual([
      'draft',
      'submitted',
      'returned',
      'returned',
      'submitted',
      'validated',
      'returned',
      'returned',
      'submitted',
      'validated',
    ]);
  });
});
