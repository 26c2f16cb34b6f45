import { AGE_CATEGORIES, SEX_CATEGORIES } from '@app/reporting';

/** One summed cell: the validated values of a process's members for an indicator, period, sex, age. */
export interface IndicatorCellSum {
  period: string;
  indicator: string;
  /** `all` for the total over sexes. */
  sex: string;
  /** `all` for the total over age groups. */
  ageGroup: string;
  total: number;
  /** How many members gave this cell. */
  countries: number;
}

export interface IndicatorDefinitionRow {
  code: string;
  name: string;
  disaggregation: string;
}

type Totals<K extends string> = Record<K, number>;

export interface IndicatorTotals {
  code: string;
  name: string;
  disaggregation: string;
  reportingMembers: number;
  total: number;
  bySex: Totals<(typeof SEX_CATEGORIES)[number]> | null;
  byAge: Totals<(typeof AGE_CATEGORIES)[number]> | null;
  bySexAge: Record<string, Record<string, number>> | null;
  previousTotal: number | null;
  previousReportingMembers: number;
  change: number | null;
}

/**
 * Totals per indicator across members, by sex and by age group where the indicator is
 * disaggregated, with the change from the previous period. Sex × age values are stored without
 * their per-sex sums, so those are added up here; an indicator no member gave is 0 with no split.
 */
export function indicatorTotals(
  definitions: IndicatorDefinitionRow[],
  cells: IndicatorCellSum[],
  period: string,
  previous: string,
): IndicatorTotals[] {
  const byKey = new Map(
    cells.map((cell) => [`${cell.period}|${cell.indicator}|${cell.sex}|${cell.ageGroup}`, cell]),
  );
  const cell = (p: string, code: string, sex: string, age: string) =>
    byKey.get(`${p}|${code}|${sex}|${age}`);
  return definitions.map((definition) => {
    const value = (sex: string, age: string) => cell(period, definition.code, sex, age)?.total ?? 0;
    const total = cell(period, definition.code, 'all', 'all');
    const before = cell(previous, definition.code, 'all', 'all');
    const hasSexAge = SEX_CATEGORIES.some((sex) =>
      AGE_CATEGORIES.some((age) => cell(period, definition.code, sex, age)),
    );
    const hasSex =
      hasSexAge || SEX_CATEGORIES.some((sex) => cell(period, definition.code, sex, 'all'));
    const sumOverAges = (sex: string) =>
      AGE_CATEGORIES.reduce((sum, age) => sum + value(sex, age), 0);
    const bySex = (sex: string) => (hasSexAge ? sumOverAges(sex) : value(sex, 'all'));
    return {
      code: definition.code,
      name: definition.name,
      disaggregation: definition.disaggregation,
      reportingMembers: total?.countries ?? 0,
      total: total?.total ?? 0,
      bySex: hasSex
        ? { female: bySex('female'), male: bySex('male'), unknown: bySex('unknown') }
        : null,
      byAge: hasSexAge
        ? {
            child: SEX_CATEGORIES.reduce((sum, sex) => sum + value(sex, 'child'), 0),
            adult: SEX_CATEGORIES.reduce((sum, sex) => sum + value(sex, 'adult'), 0),
            unknown: SEX_CATEGORIES.reduce((sum, sex) => sum + value(sex, 'unknown'), 0),
          }
        : null,
      bySexAge: hasSexAge
        ? Object.fromEntries(
            SEX_CATEGORIES.map((sex) => [
              sex,
              Object.fromEntries(AGE_CATEGORIES.map((age) => [age, value(sex, age)])),
            ]),
          )
        : null,
      previousTotal: before?.total ?? null,
      previousReportingMembers: before?.countries ?? 0,
      change: total && before ? total.total - before.total : null,
    };
  });
}
