import { IMPLEMENTATION_STATUSES, STATUS_SCORES, statusScore } from './implementation-status';

describe('statusScore', () => {
  it.each([
    ['not_started', 0],
    ['planned', 1],
    ['in_progress', 2],
    ['partially_implemented', 3],
    ['implemented', 4],
  ] as const)('scores %s as %i on the 0–4 scale', (status, score) => {
    expect(statusScore(status)).toBe(score);
  });

  it('gives not_applicable no score, so it is left out of means', () => {
    expect(statusScore('not_applicable')).toBeNull();
  });

  it('scores statuses higher the further implementation has gone', () => {
    const scores = IMPLEMENTATION_STATUSES.filter((s) => s !== 'not_applicable').map(statusScore);
    expect(scores).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives every status but not_applicable a score, and nothing else', () => {
    expect(Object.keys(STATUS_SCORES).sort()).toEqual(
      IMPLEMENTATION_STATUSES.filter((s) => s !== 'not_applicable').sort(),
    );
  });
});
