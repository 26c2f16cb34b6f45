import type { AccessScope } from './access-policy';
import {
  allowedActions,
  decide,
  noteOf,
  RecordStanding,
  transitionNoteProblems,
  versionRefusal,
} from './review';

const record = (fields: Partial<RecordStanding> = {}): RecordStanding => ({
  country: 'MEX',
  state: 'draft',
  version: 3,
  periodOpen: true,
  ...fields,
});
const focalPointOfMex: AccessScope = {
  role: 'focal_point',
  countries: ['MEX'],
  coordinatedCountries: [],
};
const coordinatorOfMex: AccessScope = {
  role: 'coordinator',
  countries: [],
  coordinatedCountries: ['MEX'],
};
const admin: AccessScope = { role: 'admin', countries: [], coordinatedCountries: [] };
const analyst: AccessScope = { role: 'analyst', countries: [], coordinatedCountries: [] };

describe('versionRefusal', () => {
  it('needs If-Match to save an existing record, not to create one or to transition', () => {
    expect(versionRefusal(3, undefined, 'save')).toEqual({ kind: 'already_exists', current: 3 });
    expect(versionRefusal(null, undefined, 'save')).toBeNull();
    expect(versionRefusal(3, undefined, 'submit')).toBeNull();
  });

  it('refuses a version other than the current one, and any version of a record not created', () => {
    expect(versionRefusal(3, 3, 'save')).toBeNull();
    expect(versionRefusal(3, 2, 'validate')).toEqual({ kind: 'stale_version', current: 3 });
    expect(versionRefusal(3, null, 'save')).toEqual({ kind: 'stale_version', current: 3 });
    expect(versionRefusal(null, 1, 'save')).toEqual({ kind: 'stale_version', current: null });
  });
});

describe('decide', () => {
  it('allows an event the workflow allows, giving the next state', () => {
    expect(decide(record(), 'submit', 3)).toEqual({ allowed: true, state: 'submitted' });
    expect(decide(record({ state: null, version: null }), 'save', undefined)).toEqual({
      allowed: true,
      state: 'draft',
    });
  });

  it('refuses editing, submitting and reopening in a closed period, before anything else', () => {
    const closed = record({ periodOpen: false, state: 'validated' });
    for (const [event, doing] of [
      ['save', 'editing'],
      ['submit', 'submitting'],
      ['withdraw', 'withdrawing'],
      ['reopen', 'reopening'],
    ] as const) {
      expect(decide(closed, event, 1)).toEqual({
        allowed: false,
        refusal: { kind: 'period_closed', doing },
      });
    }
  });

  it('lets a reviewer return or validate in a closed period', () => {
    const closed = record({ periodOpen: false, state: 'submitted' });
    expect(decide(closed, 'validate', undefined)).toEqual({ allowed: true, state: 'validated' });
    expect(decide(closed, 'return', 3)).toEqual({ allowed: true, state: 'returned' });
  });

  it('refuses a stale version before looking at the state', () => {
    expect(decide(record({ state: 'validated' }), 'submit', 2)).toEqual({
      allowed: false,
      refusal: { kind: 'stale_version', current: 3 },
    });
  });

  it('refuses what the workflow refuses, with its reason', () => {
    expect(decide(record(), 'validate', 3)).toEqual({
      allowed: false,
      refusal: {
        kind: 'not_allowed',
        reason: 'It is draft: only submitted records can be validated.',
      },
    });
  });
});

describe('allowedActions', () => {
  it('gives the focal point of the country save and submit on a draft, withdraw in review', () => {
    expect(allowedActions(focalPointOfMex, record())).toEqual(['save', 'submit']);
    expect(allowedActions(focalPointOfMex, record({ state: 'submitted' }))).toEqual(['withdraw']);
    expect(allowedActions(focalPointOfMex, record({ state: 'returned' }))).toEqual([
      'save',
      'submit',
    ]);
    expect(allowedActions(focalPointOfMex, record({ country: 'GTM' }))).toEqual([]);
  });

  it('lets a focal point create a record that does not exist yet, but not submit it', () => {
    expect(allowedActions(focalPointOfMex, record({ state: null, version: null }))).toEqual([
      'save',
    ]);
  });

  it('gives the coordinator of the country the review of a submitted record', () => {
    expect(allowedActions(coordinatorOfMex, record({ state: 'submitted' }))).toEqual([
      'return',
      'validate',
    ]);
    expect(allowedActions(coordinatorOfMex, record({ state: 'validated' }))).toEqual(['reopen']);
    expect(allowedActions(coordinatorOfMex, record())).toEqual([]);
  });

  it('leaves only the review open when the period is closed', () => {
    const closed = { periodOpen: false };
    expect(allowedActions(admin, record({ ...closed, state: 'submitted' }))).toEqual([
      'return',
      'validate',
    ]);
    expect(allowedActions(admin, record({ ...closed, state: 'validated' }))).toEqual([]);
    expect(allowedActions(focalPointOfMex, record(closed))).toEqual([]);
    expect(allowedActions(focalPointOfMex, record({ ...closed, state: 'submitted' }))).toEqual([]);
  });

  it('gives an analyst nothing to do', () => {
    for (const state of ['draft', 'submitted', 'returned', 'validated'] as const)
      expect(allowedActions(analyst, record({ state }))).toEqual([]);
  });
});

describe('transitionNoteProblems', () => {
  it('needs a comment to return and a reason to reopen', () => {
    expect(transitionNoteProblems('return', {})).toEqual([
      { field: 'comment', messages: ['comment is required (1 to 4000 characters)'] },
    ]);
    expect(transitionNoteProblems('reopen', {})).toEqual([
      { field: 'reason', messages: ['reason is required (1 to 4000 characters)'] },
    ]);
    expect(transitionNoteProblems('return', { comment: 'Please cite the article.' })).toEqual([]);
  });

  it('refuses a note the transition does not take', () => {
    expect(transitionNoteProblems('submit', { comment: 'x' })).toEqual([
      { field: 'comment', messages: ['property comment should not exist'] },
    ]);
    expect(transitionNoteProblems('reopen', { reason: 'Late figures.', comment: 'x' })).toEqual([
      { field: 'comment', messages: ['property comment should not exist'] },
    ]);
    expect(transitionNoteProblems('validate', {})).toEqual([]);
  });
});

describe('noteOf', () => {
  it('gives the note the transition takes, and nothing else', () => {
    expect(noteOf('return', { comment: 'Check d5.' })).toBe('Check d5.');
    expect(noteOf('reopen', { reason: 'Corrected.' })).toBe('Corrected.');
    expect(noteOf('submit', {})).toBeNull();
  });
});
