import { indicatorCountTable, IndicatorCounts, suppressedCells } from './small-counts';

const sorted = (cells: Set<string>) => [...cells].sort();

describe('suppressedCells', () => {
  it('hides a sensitive count from 1 to 4, never a 0, a 5 or a cell that is not sensitive', () => {
    const table = {
      cells: { a: 0, b: 1, c: 4, d: 5, e: 2 },
      sensitive: ['a', 'b', 'c', 'd'],
      groups: [],
    };
    expect(sorted(suppressedCells(table, 5))).toEqual(['b', 'c']);
    expect(sorted(suppressedCells(table, 3))).toEqual(['b']);
  });

  it('hides one more part where the total would give the hidden one back', () => {
    // 12 = 3 + 9 + 0: showing 9 and 0 beside 12 gives 3 back; 9 is the smallest non-zero part.
    const table = {
      cells: { total: 12, f: 3, m: 9, u: 0 },
      sensitive: ['f', 'm', 'u'],
      groups: [{ total: 'total', parts: ['f', 'm', 'u'] }],
    };
    expect(sorted(suppressedCells(table, 5))).toEqual(['f', 'm']);
  });

  it('needs nothing more when two parts are hidden already, or the total is hidden or unknown', () => {
    const twoSmall = {
      cells: { total: 20, f: 2, m: 3, u: 15 },
      sensitive: ['f', 'm', 'u'],
      groups: [{ total: 'total', parts: ['f', 'm', 'u'] }],
    };
    expect(sorted(suppressedCells(twoSmall, 5))).toEqual(['f', 'm']);
    const hiddenTotal = {
      cells: { total: 3, f: 3, m: 0 },
      sensitive: ['total', 'f', 'm'],
      groups: [{ total: 'total', parts: ['f', 'm'] }],
    };
    expect(sorted(suppressedCells(hiddenTotal, 5))).toEqual(['f', 'total']);
  });

  it('follows a secondary suppression into the other groups of its cell', () => {
    // Rows and columns of a 2 × 2 table: hiding a (primary) takes b (row), c (column), then d.
    const table = {
      cells: { r1: 10, r2: 17, c1: 11, c2: 16, a: 2, b: 8, c: 9, d: 8 },
      sensitive: ['a', 'b', 'c', 'd'],
      groups: [
        { total: 'r1', parts: ['a', 'b'] },
        { total: 'r2', parts: ['c', 'd'] },
        { total: 'c1', parts: ['a', 'c'] },
        { total: 'c2', parts: ['b', 'd'] },
      ],
    };
    expect(sorted(suppressedCells(table, 5))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('indicatorCountTable', () => {
  const identified: IndicatorCounts = {
    code: 'MIG_SMUGGLED_IDENTIFIED',
    total: 30,
    bySex: { female: 10, male: 20, unknown: 0 },
    byAge: { child: 8, adult: 22, unknown: 0 },
    bySexAge: {
      female: { child: 3, adult: 7, unknown: 0 },
      male: { child: 5, adult: 15, unknown: 0 },
      unknown: { child: 0, adult: 0, unknown: 0 },
    },
    notDisaggregated: 0,
    previousTotal: 2,
  };

  it('suppresses a small sex × age cell and what would give it back, by hand', () => {
    // female.child 3 is small. Row female (10 = 3 + 7 + 0) → hide adult 7; column child
    // (8 = 3 + 5 + 0) → hide male.child 5; row male (20 = 5 + 15 + 0) → hide 15; column adult
    // (22 = 7 + 15 + 0) already has two hidden. The total and the margins stay shown.
    const hidden = suppressedCells(indicatorCountTable(identified), 5);
    expect(sorted(hidden)).toEqual([
      'bySexAge.female.adult',
      'bySexAge.female.child',
      'bySexAge.male.adult',
      'bySexAge.male.child',
    ]);
  });

  it('treats every count of an indicator about children as sensitive', () => {
    const children: IndicatorCounts = {
      code: 'MIG_UNACCOMPANIED_CHILDREN',
      total: 7,
      bySex: { female: 2, male: 5, unknown: 0 },
      byAge: null,
      bySexAge: null,
      notDisaggregated: 0,
      previousTotal: 4,
    };
    // female 2 is small; 7 = 2 + 5 + 0 + 0 → male 5 hidden too; the previous total 4 is small.
    expect(sorted(suppressedCells(indicatorCountTable(children), 5))).toEqual([
      'bySex.female',
      'bySex.male',
      'previousTotal',
    ]);
  });

  it('leaves adults by sex alone: only children and sex × age cells are protected', () => {
    const convicted: IndicatorCounts = {
      code: 'SOM_PERSONS_CONVICTED',
      total: 15,
      bySex: { female: 3, male: 12, unknown: 0 },
      byAge: null,
      bySexAge: null,
      notDisaggregated: 0,
      previousTotal: 1,
    };
    expect(suppressedCells(indicatorCountTable(convicted), 5).size).toBe(0);
  });
});
