import {
  checklistCoverage,
  meanScore,
  overdueMembers,
  percent,
  round,
  shareOfExpected,
  statusCounts,
} from './summary-figures';

describe('meanScore', () => {
  it('averages the 0–4 scores of the statuses', () => {
    expect(meanScore(['implemented', 'planned'])).toBe(2.5);
    expect(meanScore(['not_started'])).toBe(0);
  });

  it('leaves not_applicable out of the mean, and is null when nothing has a score', () => {
    expect(meanScore(['implemented', 'not_applicable', 'not_applicable'])).toBe(4);
    expect(meanScore(['not_applicable'])).toBeNull();
    expect(meanScore([])).toBeNull();
  });
});

describe('round and percent', () => {
  it('round once from the unrounded value, keeping null as no data', () => {
    expect(round(2 / 3)).toBe(0.67);
    expect(round(2 / 3, 4)).toBe(0.6667);
    expect(round(null)).toBeNull();
    expect(round(Number.NaN)).toBeNull();
    expect(percent(3.1)).toBe(77.5);
    expect(percent(0)).toBe(0);
    expect(percent(null)).toBeNull();
  });
});

describe('shareOfExpected', () => {
  it('divides by members × the number of actions in the framework', () => {
    expect(shareOfExpected(6, 11, 6)).toBe(0.0909);
    expect(shareOfExpected(6, 11, 7)).toBe(0.0779);
    expect(shareOfExpected(3, 1, 3)).toBe(1);
  });

  it('is 0 for a process without members or a framework without actions', () => {
    expect(shareOfExpected(0, 0, 6)).toBe(0);
    expect(shareOfExpected(0, 11, 0)).toBe(0);
  });
});

describe('statusCounts', () => {
  it('gives every status a count and the members without a report', () => {
    expect(statusCounts({ implemented: 2, not_applicable: 1 }, 3, 11)).toEqual({
      not_started: 0,
      planned: 0,
      in_progress: 0,
      partially_implemented: 0,
      implemented: 2,
      not_applicable: 1,
      not_reported: 8,
    });
  });
});

describe('checklistCoverage', () => {
  const counts = { item: 'd5', text: 'Aggravation', yes: 2, partial: 1, no: 1, unknown: 0 };

  it('counts the unanswered and the share of members answering yes', () => {
    expect(checklistCoverage(counts, 11)).toEqual({
      ...counts,
      unanswered: 7,
      shareYes: 0.1818,
    });
  });

  it('has no share answering yes without members', () => {
    expect(checklistCoverage({ ...counts, yes: 0, partial: 0, no: 0 }, 0).shareYes).toBe(0);
  });
});

describe('overdueMembers', () => {
  it('lists each member missing actions, with the missing ones in framework order', () => {
    const reported = [
      { iso3: 'GTM', actions: ['a', 'b', 'c'] },
      { iso3: 'MEX', actions: ['d', 'a'] },
      { iso3: 'NIC', actions: [] },
    ];
    expect(overdueMembers(reported, ['a', 'b', 'c'])).toEqual([
      { country: 'MEX', missingActions: ['b', 'c'] },
      { country: 'NIC', missingActions: ['a', 'b', 'c'] },
    ]);
  });
});
