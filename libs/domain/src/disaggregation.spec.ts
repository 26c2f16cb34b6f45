import {
  changedIndicators,
  fromCells,
  IndicatorCell,
  IndicatorDefinition,
  indicatorValueChanges,
  IndicatorValueInput,
  indicatorValueProblems,
  SexAgeBreakdown,
  toCells,
  valuesOf,
} from './disaggregation';

const definitions = new Map<string, IndicatorDefinition>(
  [
    { code: 'cases', disaggregation: 'none' },
    { code: 'victims', disaggregation: 'sex' },
    { code: 'migrants', disaggregation: 'sex_age' },
  ].map((d) => [d.code, d as IndicatorDefinition]),
);
const ORDER = ['cases', 'victims', 'migrants'];

const bySexAge = (
  female: [number, number, number],
  male: [number, number, number],
  unknown: [number, number, number],
): SexAgeBreakdown => {
  const ages = ([child, adult, other]: [number, number, number]) => ({
    child,
    adult,
    unknown: other,
  });
  return { female: ages(female), male: ages(male), unknown: ages(unknown) };
};

describe('indicatorValueProblems', () => {
  it('accepts totals alone, and breakdowns that add up to their totals', () => {
    const values: IndicatorValueInput[] = [
      { indicator: 'cases', total: 7 },
      { indicator: 'victims', total: 10, bySex: { female: 4, male: 5, unknown: 1 } },
      { indicator: 'migrants', total: 21, bySexAge: bySexAge([1, 2, 3], [4, 5, 6], [0, 0, 0]) },
    ];
    expect(indicatorValueProblems(values, definitions)).toEqual([]);
  });

  it('accepts a total without its breakdown on a disaggregated indicator', () => {
    const values = [
      { indicator: 'victims', total: 10 },
      { indicator: 'migrants', total: 3 },
    ];
    expect(indicatorValueProblems(values, definitions)).toEqual([]);
  });

  it('accepts an empty set of values', () => {
    expect(indicatorValueProblems([], definitions)).toEqual([]);
  });

  it('rejects a total that is not the sum of its parts by sex', () => {
    const values = [{ indicator: 'victims', total: 11, bySex: { female: 4, male: 5, unknown: 1 } }];
    expect(indicatorValueProblems(values, definitions)).toEqual([
      { field: 'values[0].total', messages: ['total 11 must equal the sum of bySex (10)'] },
    ]);
  });

  it('rejects a total that is not the sum of its parts by sex and age', () => {
    const values = [
      { indicator: 'migrants', total: 20, bySexAge: bySexAge([1, 2, 3], [4, 5, 6], [0, 0, 0]) },
    ];
    expect(indicatorValueProblems(values, definitions)).toEqual([
      { field: 'values[0].total', messages: ['total 20 must equal the sum of bySexAge (21)'] },
    ]);
  });

  it('counts every sex × age cell, including the unknown ones, in the sum', () => {
    const ok = {
      indicator: 'migrants',
      total: 1,
      bySexAge: bySexAge([0, 0, 0], [0, 0, 0], [0, 0, 1]),
    };
    expect(indicatorValueProblems([ok], definitions)).toEqual([]);
    const short = { ...ok, total: 0 };
    expect(indicatorValueProblems([short], definitions)).toHaveLength(1);
  });

  it('accepts a sex-only breakdown on an indicator disaggregated by sex and age', () => {
    const values = [{ indicator: 'migrants', total: 3, bySex: { female: 1, male: 1, unknown: 1 } }];
    expect(indicatorValueProblems(values, definitions)).toEqual([]);
    const wrong = [{ indicator: 'migrants', total: 4, bySex: { female: 1, male: 1, unknown: 1 } }];
    expect(indicatorValueProblems(wrong, definitions)).toEqual([
      { field: 'values[0].total', messages: ['total 4 must equal the sum of bySex (3)'] },
    ]);
  });

  it('rejects a breakdown by sex on an indicator that has none', () => {
    const values = [{ indicator: 'cases', total: 3, bySex: { female: 1, male: 1, unknown: 1 } }];
    expect(indicatorValueProblems(values, definitions)).toEqual([
      { field: 'values[0].bySex', messages: ['cases is not disaggregated by sex'] },
    ]);
  });

  it.each(['cases', 'victims'])(
    'rejects a breakdown by sex and age on %s, which has no age breakdown',
    (indicator) => {
      const values = [{ indicator, total: 1, bySexAge: bySexAge([1, 0, 0], [0, 0, 0], [0, 0, 0]) }];
      expect(indicatorValueProblems(values, definitions)).toEqual([
        {
          field: 'values[0].bySexAge',
          messages: [`${indicator} is not disaggregated by sex and age`],
        },
      ]);
    },
  );

  it('rejects both breakdowns given at once', () => {
    const values = [
      {
        indicator: 'migrants',
        total: 1,
        bySex: { female: 1, male: 0, unknown: 0 },
        bySexAge: bySexAge([1, 0, 0], [0, 0, 0], [0, 0, 0]),
      },
    ];
    expect(indicatorValueProblems(values, definitions)).toEqual([
      { field: 'values[0]', messages: ['give bySex or bySexAge, not both'] },
    ]);
  });

  it('rejects an unknown indicator', () => {
    expect(indicatorValueProblems([{ indicator: 'nope', total: 1 }], definitions)).toEqual([
      { field: 'values[0].indicator', messages: ['no indicator nope'] },
    ]);
  });

  it('reports an unknown indicator once, without checking the breakdown it came with', () => {
    const values = [{ indicator: 'nope', total: 9, bySex: { female: 1, male: 0, unknown: 0 } }];
    expect(indicatorValueProblems(values, definitions)).toEqual([
      { field: 'values[0].indicator', messages: ['no indicator nope'] },
    ]);
  });

  it('rejects an indicator given twice, pointing at the second one', () => {
    const values = [
      { indicator: 'cases', total: 1 },
      { indicator: 'victims', total: 2 },
      { indicator: 'cases', total: 3 },
    ];
    expect(indicatorValueProblems(values, definitions)).toEqual([
      { field: 'values[2].indicator', messages: ['cases is given twice'] },
    ]);
  });

  it('reports one error per bad value, each at its own index', () => {
    const values = [
      { indicator: 'nope', total: 1 },
      { indicator: 'victims', total: 2, bySex: { female: 0, male: 0, unknown: 0 } },
      { indicator: 'cases', total: 3 },
      { indicator: 'cases', total: 3, bySex: { female: 3, male: 0, unknown: 0 } },
    ];
    expect(indicatorValueProblems(values, definitions).map((p) => p.field)).toEqual([
      'values[0].indicator',
      'values[1].total',
      'values[3].indicator',
    ]);
  });
});

describe('toCells', () => {
  it('stores a total alone as the aggregate cell', () => {
    expect(toCells([{ indicator: 'cases', total: 7 }])).toEqual([
      { indicator: 'cases', sex: 'all', ageGroup: 'all', value: 7 },
    ]);
  });

  it('stores a breakdown by sex as the total and one cell per sex', () => {
    const cells = toCells([
      { indicator: 'victims', total: 10, bySex: { female: 4, male: 5, unknown: 1 } },
    ]);
    expect(cells).toEqual([
      { indicator: 'victims', sex: 'all', ageGroup: 'all', value: 10 },
      { indicator: 'victims', sex: 'female', ageGroup: 'all', value: 4 },
      { indicator: 'victims', sex: 'male', ageGroup: 'all', value: 5 },
      { indicator: 'victims', sex: 'unknown', ageGroup: 'all', value: 1 },
    ]);
  });

  it('stores a breakdown by sex and age as the total and all nine cells', () => {
    const cells = toCells([
      { indicator: 'migrants', total: 45, bySexAge: bySexAge([1, 2, 3], [4, 5, 6], [7, 8, 9]) },
    ]);
    expect(cells).toHaveLength(10);
    expect(cells[0]).toEqual({ indicator: 'migrants', sex: 'all', ageGroup: 'all', value: 45 });
    expect(cells).toContainEqual({
      indicator: 'migrants',
      sex: 'male',
      ageGroup: 'adult',
      value: 5,
    });
    expect(cells).toContainEqual({
      indicator: 'migrants',
      sex: 'unknown',
      ageGroup: 'child',
      value: 7,
    });
    expect(cells.some((c) => c.sex !== 'all' && c.ageGroup === 'all')).toBe(false);
  });

  it('keeps zero parts, which are data, not gaps', () => {
    const cells = toCells([
      { indicator: 'victims', total: 0, bySex: { female: 0, male: 0, unknown: 0 } },
    ]);
    expect(cells.map((c) => c.value)).toEqual([0, 0, 0, 0]);
  });
});

describe('fromCells', () => {
  const values: IndicatorValueInput[] = [
    { indicator: 'cases', total: 7 },
    { indicator: 'victims', total: 10, bySex: { female: 4, male: 5, unknown: 1 } },
    { indicator: 'migrants', total: 45, bySexAge: bySexAge([1, 2, 3], [4, 5, 6], [7, 8, 9]) },
  ];

  it('reads stored cells back as the values that were saved', () => {
    expect(fromCells(toCells(values), ORDER)).toEqual(values);
  });

  it('reads cells back whatever order the database returns them in', () => {
    const shuffled = [...toCells(values)].reverse();
    expect(fromCells(shuffled, ORDER)).toEqual(values);
  });

  it('returns values in the order of the indicator codes given, not the order of the cells', () => {
    const cells = toCells([...values].reverse());
    expect(fromCells(cells, ORDER).map((v) => v.indicator)).toEqual(ORDER);
  });

  it('leaves out indicators that have no cells', () => {
    const cells = toCells([{ indicator: 'victims', total: 2 }]);
    expect(fromCells(cells, ORDER)).toEqual([{ indicator: 'victims', total: 2 }]);
  });

  it('does not invent a breakdown for a total stored alone', () => {
    const [value] = fromCells(toCells([{ indicator: 'migrants', total: 3 }]), ORDER);
    expect(value).toEqual({ indicator: 'migrants', total: 3 });
    expect(value.bySex).toBeUndefined();
    expect(value.bySexAge).toBeUndefined();
  });

  it('round-trips a sex-only breakdown of an indicator disaggregated by sex and age', () => {
    const sexOnly = [
      { indicator: 'migrants', total: 3, bySex: { female: 1, male: 2, unknown: 0 } },
    ];
    expect(fromCells(toCells(sexOnly), ORDER)).toEqual(sexOnly);
  });

  it('returns nothing for no cells', () => {
    expect(fromCells([], ORDER)).toEqual([]);
  });

  it('fills parts missing from the stored cells with zero', () => {
    const cells: IndicatorCell[] = [
      { indicator: 'victims', sex: 'all', ageGroup: 'all', value: 4 },
      { indicator: 'victims', sex: 'male', ageGroup: 'all', value: 4 },
    ];
    expect(fromCells(cells, ORDER)).toEqual([
      { indicator: 'victims', total: 4, bySex: { female: 0, male: 4, unknown: 0 } },
    ]);
  });
});

describe('valuesOf', () => {
  it('keeps the order of the cells, which the database gives in indicator order', () => {
    const cells = toCells([
      { indicator: 'migrants', total: 1 },
      { indicator: 'cases', total: 2 },
    ]);
    expect(valuesOf(cells).map((v) => v.indicator)).toEqual(['migrants', 'cases']);
  });
});

describe('changedIndicators', () => {
  const before = [
    { indicator: 'cases', total: 2 },
    { indicator: 'victims', total: 3, bySex: { female: 1, male: 2, unknown: 0 } },
  ];

  it('finds nothing when the values are the same, whatever the key order', () => {
    const same = [
      { total: 2, indicator: 'cases' },
      { bySex: { unknown: 0, male: 2, female: 1 }, indicator: 'victims', total: 3 },
    ];
    expect(changedIndicators(before, same)).toEqual([]);
  });

  it('names a changed split at the same total, a removed and an added indicator', () => {
    const after = [
      { indicator: 'victims', total: 3, bySex: { female: 2, male: 1, unknown: 0 } },
      { indicator: 'migrants', total: 0 },
    ];
    expect(changedIndicators(before, after).sort()).toEqual(['cases', 'migrants', 'victims']);
  });
});

describe('indicatorValueChanges', () => {
  it('lists the cells that differ, a cell given on one side only as null (no data), never 0', () => {
    const before: IndicatorValueInput[] = [
      { indicator: 'cases', total: 7 },
      { indicator: 'victims', total: 10, bySex: { female: 4, male: 5, unknown: 1 } },
    ];
    const after: IndicatorValueInput[] = [
      { indicator: 'victims', total: 10, bySex: { female: 5, male: 4, unknown: 1 } },
      { indicator: 'migrants', total: 0 },
    ];
    expect(indicatorValueChanges(before, after)).toEqual([
      { field: 'cases.total', before: 7, after: null },
      { field: 'victims.female', before: 4, after: 5 },
      { field: 'victims.male', before: 5, after: 4 },
      { field: 'migrants.total', before: null, after: 0 },
    ]);
  });

  it('names sex × age cells and finds nothing when the values are the same', () => {
    const value = {
      indicator: 'migrants',
      total: 21,
      bySexAge: bySexAge([1, 2, 3], [4, 5, 6], [0, 0, 0]),
    };
    expect(indicatorValueChanges([value], [value])).toEqual([]);
    const changed = { ...value, bySexAge: bySexAge([1, 2, 3], [4, 6, 5], [0, 0, 0]) };
    expect(indicatorValueChanges([value], [changed]).map((change) => change.field)).toEqual([
      'migrants.male.adult',
      'migrants.male.unknown',
    ]);
  });
});
