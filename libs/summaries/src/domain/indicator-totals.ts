import { AGE_CATEGORIES, SEX_CATEGORIES } from '@app/domain';
import { round } from './summary-figures';

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
  /** none, sex, or sex_age. */
  disaggregation: string;
}

/** What needs each member's own values (see indicatorComparisons). */
export interface IndicatorComparison {
  indicator: string;
  splitTotal: number | null;
  comparableMembers: number;
  change: number | null;
}

type Sex = (typeof SEX_CATEGORIES)[number];
type Age = (typeof AGE_CATEGORIES)[number];
/** A part is null when no member gave it: no data, never 0. */
type Parts<K extends string> = Record<K, number | null>;

export interface IndicatorTotals {
  code: string;
  name: string;
  disaggregation: string;
  reportingMembers: number;
  total: number | null;
  bySex: Parts<Sex> | null;
  byAge: Parts<Age> | null;
  bySexAge: Record<string, Record<string, number | null>> | null;
  notDisaggregated: number | null;
  disaggregatedShare: number | null;
  previousTotal: number | null;
  previousReportingMembers: number;
  change: number | null;
  comparableMembers: number;
}

const sumOrNull = (values: Array<number | null>): number | null =>
  values.every((value) => value === null)
    ? null
    : values.reduce<number>((sum, value) => sum + (value ?? 0), 0);

/** The split of one indicator's total in a period: by sex, by age, by both; null parts unknown. */
function splitOf(
  cell: (sex: string, age: string) => number | null,
  disaggregation: string,
): Pick<IndicatorTotals, 'bySex' | 'byAge' | 'bySexAge'> {
  if (disaggregation === 'sex')
    return {
      bySex: Object.fromEntries(SEX_CATEGORIES.map((sex) => [sex, cell(sex, 'all')])) as Parts<Sex>,
      byAge: null,
      bySexAge: null,
    };
  if (disaggregation !== 'sex_age') return { bySex: null, byAge: null, bySexAge: null };
  // Sex × age values are stored without their per-sex or per-age sums: those are added up here.
  const sumOver = <K extends string>(keys: readonly K[], value: (key: K) => number | null) =>
    sumOrNull(keys.map(value));
  return {
    bySex: Object.fromEntries(
      SEX_CATEGORIES.map((sex) => [sex, sumOver(AGE_CATEGORIES, (age) => cell(sex, age))]),
    ) as Parts<Sex>,
    byAge: Object.fromEntries(
      AGE_CATEGORIES.map((age) => [age, sumOver(SEX_CATEGORIES, (sex) => cell(sex, age))]),
    ) as Parts<Age>,
    bySexAge: Object.fromEntries(
      SEX_CATEGORIES.map((sex) => [
        sex,
        Object.fromEntries(AGE_CATEGORIES.map((age) => [age, cell(sex, age)])),
      ]),
    ),
  };
}

/**
 * Totals per indicator across members, split by sex and by age group where the indicator is
 * disaggregated, with the change from the previous period. No data is never 0: an indicator no
 * member reported has a null total, and a part no member gave is null. The part of the total
 * from members that gave no split is `notDisaggregated`, so the parts always add up to the total.
 * The change is like for like: over the members with validated values in both periods.
 */
export function indicatorTotals(
  definitions: IndicatorDefinitionRow[],
  cells: IndicatorCellSum[],
  comparisons: IndicatorComparison[],
  period: string,
  previous: string,
): IndicatorTotals[] {
  const byKey = new Map(
    cells.map((cell) => [`${cell.period}|${cell.indicator}|${cell.sex}|${cell.ageGroup}`, cell]),
  );
  const comparisonOf = new Map(comparisons.map((row) => [row.indicator, row]));
  return definitions.map((definition) => {
    const cell = (p: string, sex: string, age: string) =>
      byKey.get(`${p}|${definition.code}|${sex}|${age}`);
    const current = cell(period, 'all', 'all');
    const before = cell(previous, 'all', 'all');
    const comparison = comparisonOf.get(definition.code);
    const total = current?.total ?? null;
    const disaggregated = definition.disaggregation !== 'none';
    const splitTotal = comparison?.splitTotal ?? 0;
    return {
      code: definition.code,
      name: definition.name,
      disaggregation: definition.disaggregation,
      reportingMembers: current?.countries ?? 0,
      total,
      ...splitOf((sex, age) => cell(period, sex, age)?.total ?? null, definition.disaggregation),
      notDisaggregated: disaggregated && total !== null ? total - splitTotal : null,
      disaggregatedShare:
        disaggregated && total !== null && total > 0 ? round(splitTotal / total, 4) : null,
      previousTotal: before?.total ?? null,
      previousReportingMembers: before?.countries ?? 0,
      change: comparison?.change ?? null,
      comparableMembers: comparison?.comparableMembers ?? 0,
    };
  });
}
