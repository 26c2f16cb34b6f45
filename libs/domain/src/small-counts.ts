import { AGE_CATEGORIES, SEX_CATEGORIES } from './disaggregation';

/**
 * Counts published together whose additive relations are known: `parts` add up to `total`.
 * Cells are named by path (`total`, `bySex.female`, `bySexAge.female.child`); null is no data.
 */
export interface CountTable {
  cells: Record<string, number | null>;
  /** The cells a small count may not be shown in (children, sex × age). */
  sensitive: string[];
  groups: Array<{ total: string; parts: string[] }>;
}

const isSmall = (value: number | null, below: number) =>
  value !== null && value > 0 && value < below;

/**
 * The cells to show as "<below": every sensitive count from 1 to below − 1 (primary), and where a
 * known total would give one back by subtraction, one more part of its group (secondary): the
 * smallest non-zero part, else the smallest part. Repeated until no group reveals a hidden cell.
 */
export function suppressedCells(table: CountTable, below: number): Set<string> {
  const hidden = new Set(
    table.sensitive.filter((cell) => isSmall(table.cells[cell] ?? null, below)),
  );
  const valueOf = (cell: string) => table.cells[cell] ?? null;
  for (let changed = true; changed;) {
    changed = false;
    for (const group of table.groups) {
      if (hidden.has(group.total) || valueOf(group.total) === null) continue;
      const parts = group.parts.filter((cell) => valueOf(cell) !== null);
      if (parts.filter((cell) => hidden.has(cell)).length !== 1) continue;
      const candidates = parts
        .filter((cell) => !hidden.has(cell))
        .sort((a, b) => rank(valueOf(a)!) - rank(valueOf(b)!) || a.localeCompare(b));
      if (candidates.length === 0) continue;
      hidden.add(candidates[0]);
      changed = true;
    }
  }
  return hidden;
}

// Zeros last: hiding a 0 protects less than hiding the smallest real count.
const rank = (value: number) => (value === 0 ? Number.MAX_SAFE_INTEGER : value);

/** The disaggregated totals of one indicator, as the regional summary gives them. */
export interface IndicatorCounts {
  code: string;
  total: number | null;
  bySex: Partial<Record<(typeof SEX_CATEGORIES)[number], number | null>> | null;
  byAge: Partial<Record<(typeof AGE_CATEGORIES)[number], number | null>> | null;
  bySexAge: Record<string, Record<string, number | null>> | null;
  notDisaggregated: number | null;
  previousTotal: number | null;
}

/** Indicators that count children only: every count of them is sensitive. */
export const isChildIndicator = (code: string) => /CHILD/.test(code);

/** An indicator's counts as a table: the cells, which are sensitive, and how they add up. */
export function indicatorCountTable(indicator: IndicatorCounts): CountTable {
  const cells: Record<string, number | null> = {
    total: indicator.total,
    notDisaggregated: indicator.notDisaggregated,
    previousTotal: indicator.previousTotal,
  };
  const sexes = indicator.bySex ? SEX_CATEGORIES.map((sex) => `bySex.${sex}`) : [];
  const ages = indicator.byAge ? AGE_CATEGORIES.map((age) => `byAge.${age}`) : [];
  for (const sex of SEX_CATEGORIES) {
    if (indicator.bySex) cells[`bySex.${sex}`] = indicator.bySex[sex] ?? null;
    for (const age of AGE_CATEGORIES)
      if (indicator.bySexAge)
        cells[`bySexAge.${sex}.${age}`] = indicator.bySexAge[sex]?.[age] ?? null;
  }
  for (const age of AGE_CATEGORIES)
    if (indicator.byAge) cells[`byAge.${age}`] = indicator.byAge[age] ?? null;
  const groups: CountTable['groups'] = [];
  if (sexes.length) groups.push({ total: 'total', parts: [...sexes, 'notDisaggregated'] });
  if (ages.length) groups.push({ total: 'total', parts: [...ages, 'notDisaggregated'] });
  if (indicator.bySexAge) {
    for (const sex of SEX_CATEGORIES)
      groups.push({
        total: `bySex.${sex}`,
        parts: AGE_CATEGORIES.map((a) => `bySexAge.${sex}.${a}`),
      });
    for (const age of AGE_CATEGORIES)
      groups.push({
        total: `byAge.${age}`,
        parts: SEX_CATEGORIES.map((s) => `bySexAge.${s}.${age}`),
      });
  }
  const sensitive = isChildIndicator(indicator.code)
    ? Object.keys(cells)
    : [
        ...Object.keys(cells).filter((cell) => cell.startsWith('bySexAge.')),
        ...(ages.length ? ['byAge.child'] : []),
      ];
  return { cells, sensitive, groups };
}
