import { areasServed, type AreaFramework } from './areas-served';

const framework: AreaFramework = {
  actions: [{ code: 'd', areas: [2] }],
  checklist: [
    { code: 'd1', area: null },
    { code: 'd7', area: 3 },
  ],
};

describe('the areas a report serves', () => {
  it('counts its tags, its action’s areas and an affirmed item’s own area, saying why', () => {
    const served = areasServed(
      { action: 'd', areas: [4], answers: [{ item: 'd7', answer: 'partial' }] },
      framework,
    );
    expect(Object.fromEntries(served)).toEqual({
      4: [{ kind: 'tagged' }],
      2: [{ kind: 'action', action: 'd' }],
      3: [{ kind: 'item', item: 'd7' }],
    });
  });

  it('takes an item’s area only when it is answered yes or partial', () => {
    for (const answer of ['no', 'unknown', ''] as const)
      expect([
        ...areasServed(
          { action: 'd', areas: [], answers: [{ item: 'd7', answer }] },
          framework,
        ).keys(),
      ]).toEqual([2]);
  });

  it('gives every reason for an area served more than once', () => {
    const served = areasServed(
      { action: 'd', areas: [2, 3], answers: [{ item: 'd7', answer: 'yes' }] },
      framework,
    );
    expect(served.get(2)).toEqual([{ kind: 'tagged' }, { kind: 'action', action: 'd' }]);
    expect(served.get(3)).toEqual([{ kind: 'tagged' }, { kind: 'item', item: 'd7' }]);
  });
});
