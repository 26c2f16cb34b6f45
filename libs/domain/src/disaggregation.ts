import type { FieldError } from './field-error';
import type { ContentChange } from './report-content';
import { isSameData } from './same-data';
import { DEFAULT_SENSITIVITY, type Sensitivity } from './sensitivity';

export const SEX_CATEGORIES = ['female', 'male', 'unknown'] as const;
export const AGE_CATEGORIES = ['child', 'adult', 'unknown'] as const;
export type SexCategory = (typeof SEX_CATEGORIES)[number];
export type AgeCategory = (typeof AGE_CATEGORIES)[number];

export type SexBreakdown = Record<SexCategory, number>;
export type SexAgeBreakdown = Record<SexCategory, Record<AgeCategory, number>>;

/** The largest count a value may hold (people or cases in a year, with room to spare). */
export const MAX_INDICATOR_COUNT = 1_000_000_000;

/** One indicator's value for a country and period: a total and, where known, its parts. */
export interface IndicatorValueInput {
  indicator: string;
  total: number;
  bySex?: SexBreakdown;
  bySexAge?: SexAgeBreakdown;
  /** Who may read the indicator's values (total and parts); public unless the focal point says. */
  sensitivity?: Sensitivity;
}

export interface IndicatorDefinition {
  code: string;
  disaggregation: 'none' | 'sex' | 'sex_age';
}

/** A stored cell: `all` marks an aggregate (the total is sex `all`, age `all`). */
export interface IndicatorCell {
  indicator: string;
  sex: SexCategory | 'all';
  ageGroup: AgeCategory | 'all';
  value: number;
  /** As stored: the indicator's, the same on each of its cells. */
  sensitivity?: Sensitivity;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Checks a set of values against the indicators' disaggregation: parts only where the indicator
 * has them, and every breakdown adding up to its total. Returns one error per bad field.
 */
export function indicatorValueProblems(
  values: readonly IndicatorValueInput[],
  definitions: ReadonlyMap<string, IndicatorDefinition>,
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const at = (field: string, message: string) =>
      problems.push({ field: `values[${index}]${field}`, messages: [message] });
    const definition = definitions.get(value.indicator);
    if (!definition) return at('.indicator', `no indicator ${value.indicator}`);
    if (seen.has(value.indicator)) return at('.indicator', `${value.indicator} is given twice`);
    seen.add(value.indicator);
    if (value.bySex && value.bySexAge) return at('', 'give bySex or bySexAge, not both');
    if (value.bySex && definition.disaggregation === 'none')
      at('.bySex', `${value.indicator} is not disaggregated by sex`);
    if (value.bySexAge && definition.disaggregation !== 'sex_age')
      at('.bySexAge', `${value.indicator} is not disaggregated by sex and age`);
    if (value.bySex && definition.disaggregation !== 'none') {
      const parts = sum(SEX_CATEGORIES.map((sex) => value.bySex![sex]));
      if (parts !== value.total)
        at('.total', `total ${value.total} must equal the sum of bySex (${parts})`);
    }
    if (value.bySexAge && definition.disaggregation === 'sex_age') {
      const parts = sum(
        SEX_CATEGORIES.flatMap((sex) => AGE_CATEGORIES.map((age) => value.bySexAge![sex][age])),
      );
      if (parts !== value.total)
        at('.total', `total ${value.total} must equal the sum of bySexAge (${parts})`);
    }
  });
  return problems;
}

/** Values as stored cells (total, and the parts given). */
export function toCells(values: readonly IndicatorValueInput[]): IndicatorCell[] {
  return values.flatMap((value) => {
    const cells: IndicatorCell[] = [
      { indicator: value.indicator, sex: 'all', ageGroup: 'all', value: value.total },
    ];
    for (const sex of SEX_CATEGORIES) {
      if (value.bySex)
        cells.push({ indicator: value.indicator, sex, ageGroup: 'all', value: value.bySex[sex] });
      if (value.bySexAge) {
        for (const age of AGE_CATEGORIES) {
          cells.push({
            indicator: value.indicator,
            sex,
            ageGroup: age,
            value: value.bySexAge[sex][age],
          });
        }
      }
    }
    return cells;
  });
}

/** Values as the rows that store them: each cell with its indicator's sensitivity. */
export function toStoredCells(values: readonly IndicatorValueInput[]): IndicatorCell[] {
  const levels = new Map(
    values.map((value) => [value.indicator, value.sensitivity ?? DEFAULT_SENSITIVITY.indicator]),
  );
  return toCells(values).map((cell) => ({ ...cell, sensitivity: levels.get(cell.indicator) }));
}

/** Stored cells back as values, in the order of the given indicator codes. */
export function fromCells(
  cells: readonly IndicatorCell[],
  order: readonly string[],
): IndicatorValueInput[] {
  const byIndicator = new Map<string, IndicatorValueInput>();
  for (const cell of cells) {
    const value = byIndicator.get(cell.indicator) ?? { indicator: cell.indicator, total: 0 };
    if (cell.sensitivity) value.sensitivity = cell.sensitivity;
    if (cell.sex === 'all') value.total = cell.value;
    else if (cell.ageGroup === 'all')
      value.bySex = {
        ...(value.bySex ?? { female: 0, male: 0, unknown: 0 }),
        [cell.sex]: cell.value,
      };
    else {
      const empty = { child: 0, adult: 0, unknown: 0 };
      const bySexAge = value.bySexAge ?? {
        female: { ...empty },
        male: { ...empty },
        unknown: { ...empty },
      };
      bySexAge[cell.sex][cell.ageGroup] = cell.value;
      value.bySexAge = bySexAge;
    }
    byIndicator.set(cell.indicator, value);
  }
  return order.filter((code) => byIndicator.has(code)).map((code) => byIndicator.get(code)!);
}

/** Stored cells back as values, in the order the cells come (the indicators' order). */
export function valuesOf(cells: readonly IndicatorCell[]): IndicatorValueInput[] {
  return fromCells(cells, [...new Set(cells.map((cell) => cell.indicator))]);
}

/** The indicators whose values differ between two versions (one added or removed included). */
export function changedIndicators(
  before: readonly IndicatorValueInput[],
  after: readonly IndicatorValueInput[],
): string[] {
  const codes = [...new Set([...before, ...after].map((value) => value.indicator))];
  const find = (values: readonly IndicatorValueInput[], code: string) =>
    values.find((value) => value.indicator === code);
  return codes.filter((code) => !isSameData(find(before, code), find(after, code)));
}

/** A cell's name in a list of changes: `SOM_X.total`, `SOM_X.female`, `SOM_X.female.child`. */
const cellName = (cell: IndicatorCell) =>
  cell.sex === 'all'
    ? `${cell.indicator}.total`
    : cell.ageGroup === 'all'
      ? `${cell.indicator}.${cell.sex}`
      : `${cell.indicator}.${cell.sex}.${cell.ageGroup}`;

/**
 * Cell by cell, what replacing one set of values with another changes: a cell given on one side
 * only is null (no data) on the other, never 0.
 */
export function indicatorValueChanges(
  before: readonly IndicatorValueInput[],
  after: readonly IndicatorValueInput[],
): ContentChange[] {
  const named = (values: readonly IndicatorValueInput[]) =>
    new Map(toCells(values).map((cell) => [cellName(cell), cell.value]));
  const [was, will] = [named(before), named(after)];
  return [...new Set([...was.keys(), ...will.keys()])]
    .filter((name) => was.get(name) !== will.get(name))
    .map((name) => ({ field: name, before: was.get(name) ?? null, after: will.get(name) ?? null }));
}
