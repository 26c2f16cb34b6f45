import { IndicatorCellSum, IndicatorComparison, indicatorTotals } from './indicator-totals';

const definitions = [
  { code: 'SOM_CASES_INVESTIGATED', name: 'Cases investigated', disaggregation: 'none' },
  { code: 'SOM_PERSONS_CONVICTED', name: 'Persons convicted', disaggregation: 'sex' },
  { code: 'MIG_SMUGGLED_IDENTIFIED', name: 'Migrants identified', disaggregation: 'sex_age' },
];

const cell = (
  period: string,
  indicator: string,
  sex: string,
  ageGroup: string,
  total: number,
  countries = 1,
): IndicatorCellSum => ({ period, indicator, sex, ageGroup, total, countries });

const compared = (
  indicator: string,
  fields: Partial<IndicatorComparison> = {},
): IndicatorComparison => ({
  indicator,
  splitTotal: null,
  comparableMembers: 0,
  change: null,
  ...fields,
});

describe('indicatorTotals', () => {
  it('says "no data" (null) for an indicator no member reported, never 0', () => {
    const [cases, convicted, identified] = indicatorTotals(definitions, [], [], '2025', '2024');
    expect(cases).toEqual({
      code: 'SOM_CASES_INVESTIGATED',
      name: 'Cases investigated',
      disaggregation: 'none',
      reportingMembers: 0,
      total: null,
      bySex: null,
      byAge: null,
      bySexAge: null,
      notDisaggregated: null,
      disaggregatedShare: null,
      previousTotal: null,
      previousReportingMembers: 0,
      change: null,
      comparableMembers: 0,
    });
    expect(convicted).toMatchObject({
      total: null,
      bySex: { female: null, male: null, unknown: null },
      notDisaggregated: null,
    });
    expect(identified.byAge).toEqual({ child: null, adult: null, unknown: null });
  });

  it('keeps a reported zero as 0', () => {
    const [cases] = indicatorTotals(
      definitions,
      [cell('2025', 'SOM_CASES_INVESTIGATED', 'all', 'all', 0)],
      [],
      '2025',
      '2024',
    );
    expect(cases).toMatchObject({ total: 0, reportingMembers: 1 });
  });

  it('splits by sex over the members that gave it, and shows the rest as not split', () => {
    // Two members: 15 with a split (3 women, 12 men), 5 without one.
    const [, convicted] = indicatorTotals(
      definitions,
      [
        cell('2025', 'SOM_PERSONS_CONVICTED', 'all', 'all', 20, 2),
        cell('2025', 'SOM_PERSONS_CONVICTED', 'female', 'all', 3, 1),
        cell('2025', 'SOM_PERSONS_CONVICTED', 'male', 'all', 12, 1),
        cell('2025', 'SOM_PERSONS_CONVICTED', 'unknown', 'all', 0, 1),
      ],
      [compared('SOM_PERSONS_CONVICTED', { splitTotal: 15 })],
      '2025',
      '2024',
    );
    expect(convicted).toMatchObject({
      reportingMembers: 2,
      total: 20,
      bySex: { female: 3, male: 12, unknown: 0 },
      byAge: null,
      bySexAge: null,
      notDisaggregated: 5,
      disaggregatedShare: 0.75,
    });
    // The parts add up to the total.
    const { female, male, unknown } = convicted.bySex!;
    expect(female! + male! + unknown! + convicted.notDisaggregated!).toBe(convicted.total);
  });

  it('has no split at all (parts null, everything not split) when no member gave one', () => {
    const [, convicted] = indicatorTotals(
      definitions,
      [cell('2025', 'SOM_PERSONS_CONVICTED', 'all', 'all', 8)],
      [],
      '2025',
      '2024',
    );
    expect(convicted).toMatchObject({
      total: 8,
      bySex: { female: null, male: null, unknown: null },
      notDisaggregated: 8,
      disaggregatedShare: 0,
    });
  });

  it('adds up sex × age cells into totals by sex and by age group', () => {
    const sexAge = [
      ['female', 'child', 3],
      ['female', 'adult', 7],
      ['female', 'unknown', 0],
      ['male', 'child', 5],
      ['male', 'adult', 14],
      ['male', 'unknown', 0],
      ['unknown', 'child', 0],
      ['unknown', 'adult', 0],
      ['unknown', 'unknown', 1],
    ] as const;
    const [, , identified] = indicatorTotals(
      definitions,
      [
        cell('2025', 'MIG_SMUGGLED_IDENTIFIED', 'all', 'all', 30),
        ...sexAge.map(([sex, age, n]) => cell('2025', 'MIG_SMUGGLED_IDENTIFIED', sex, age, n)),
      ],
      [compared('MIG_SMUGGLED_IDENTIFIED', { splitTotal: 30 })],
      '2025',
      '2024',
    );
    expect(identified).toMatchObject({
      total: 30,
      bySex: { female: 10, male: 19, unknown: 1 },
      byAge: { child: 8, adult: 21, unknown: 1 },
      bySexAge: {
        female: { child: 3, adult: 7, unknown: 0 },
        male: { child: 5, adult: 14, unknown: 0 },
        unknown: { child: 0, adult: 0, unknown: 1 },
      },
      notDisaggregated: 0,
      disaggregatedShare: 1,
    });
  });

  it('changes like for like, beside the raw totals of both periods and their members', () => {
    // 2024: A 30, B 22 (52, 2 members). 2025: A 25, C 15 (40, 2 members). Only A is in both:
    // the change is 25 − 30 = −5, not 40 − 52 = −12.
    const [cases] = indicatorTotals(
      definitions,
      [
        cell('2025', 'SOM_CASES_INVESTIGATED', 'all', 'all', 40, 2),
        cell('2024', 'SOM_CASES_INVESTIGATED', 'all', 'all', 52, 2),
      ],
      [compared('SOM_CASES_INVESTIGATED', { comparableMembers: 1, change: -5 })],
      '2025',
      '2024',
    );
    expect(cases).toMatchObject({
      total: 40,
      reportingMembers: 2,
      previousTotal: 52,
      previousReportingMembers: 2,
      change: -5,
      comparableMembers: 1,
    });
  });

  it('states no change when no member reported in both periods', () => {
    const [, convicted] = indicatorTotals(
      definitions,
      [cell('2024', 'SOM_PERSONS_CONVICTED', 'all', 'all', 9, 1)],
      [],
      '2025',
      '2024',
    );
    // No value this period is not a fall to zero: the total and the change are unknown.
    expect(convicted).toMatchObject({ total: null, previousTotal: 9, change: null });
  });

  it('ignores cells of other periods', () => {
    const [cases] = indicatorTotals(
      definitions,
      [cell('2023', 'SOM_CASES_INVESTIGATED', 'all', 'all', 99)],
      [],
      '2025',
      '2024',
    );
    expect(cases).toMatchObject({ total: null, previousTotal: null });
  });
});
