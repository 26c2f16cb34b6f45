import { IndicatorCellSum, indicatorTotals } from './indicator-totals';

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

describe('indicatorTotals', () => {
  it('gives every indicator a row, zero with no split when no member gave it', () => {
    const [cases] = indicatorTotals(definitions, [], '2025', '2024');
    expect(cases).toEqual({
      code: 'SOM_CASES_INVESTIGATED',
      name: 'Cases investigated',
      disaggregation: 'none',
      reportingMembers: 0,
      total: 0,
      bySex: null,
      byAge: null,
      bySexAge: null,
      previousTotal: null,
      previousReportingMembers: 0,
      change: null,
    });
  });

  it('keeps the split by sex as summed over the members', () => {
    const [, convicted] = indicatorTotals(
      definitions,
      [
        cell('2025', 'SOM_PERSONS_CONVICTED', 'all', 'all', 15, 2),
        cell('2025', 'SOM_PERSONS_CONVICTED', 'female', 'all', 3, 2),
        cell('2025', 'SOM_PERSONS_CONVICTED', 'male', 'all', 12, 2),
      ],
      '2025',
      '2024',
    );
    expect(convicted).toMatchObject({
      reportingMembers: 2,
      total: 15,
      bySex: { female: 3, male: 12, unknown: 0 },
      byAge: null,
      bySexAge: null,
    });
  });

  it('adds up sex × age cells into totals by sex and by age group', () => {
    const [, , identified] = indicatorTotals(
      definitions,
      [
        cell('2025', 'MIG_SMUGGLED_IDENTIFIED', 'all', 'all', 30),
        cell('2025', 'MIG_SMUGGLED_IDENTIFIED', 'female', 'child', 3),
        cell('2025', 'MIG_SMUGGLED_IDENTIFIED', 'female', 'adult', 7),
        cell('2025', 'MIG_SMUGGLED_IDENTIFIED', 'male', 'child', 5),
        cell('2025', 'MIG_SMUGGLED_IDENTIFIED', 'male', 'adult', 14),
        cell('2025', 'MIG_SMUGGLED_IDENTIFIED', 'unknown', 'unknown', 1),
      ],
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
    });
  });

  it('gives the change from the previous period only when both periods have values', () => {
    const cells = [
      cell('2025', 'SOM_CASES_INVESTIGATED', 'all', 'all', 40, 3),
      cell('2024', 'SOM_CASES_INVESTIGATED', 'all', 'all', 52, 4),
      cell('2024', 'SOM_PERSONS_CONVICTED', 'all', 'all', 9, 1),
    ];
    const [cases, convicted] = indicatorTotals(definitions, cells, '2025', '2024');
    expect(cases).toMatchObject({
      total: 40,
      previousTotal: 52,
      previousReportingMembers: 4,
      change: -12,
    });
    // No value this period is not a fall to zero: the change is unknown.
    expect(convicted).toMatchObject({ total: 0, previousTotal: 9, change: null });
  });

  it('ignores cells of other periods', () => {
    const [cases] = indicatorTotals(
      definitions,
      [cell('2023', 'SOM_CASES_INVESTIGATED', 'all', 'all', 99)],
      '2025',
      '2024',
    );
    expect(cases).toMatchObject({ total: 0, previousTotal: null });
  });
});
