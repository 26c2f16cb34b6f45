import {
  AGE_CATEGORIES,
  AgeCategory,
  IndicatorValueInput,
  MAX_INDICATOR_COUNT,
  SEX_CATEGORIES,
  SexCategory,
} from '@app/domain';
import type { CellError } from '../import-types';
import { PlainValue, textOf } from './cell-values';

/** One cell of an indicator as a file gives it: the total, a sex, or a sex and an age group. */
export interface IndicatorCellInput {
  sex: SexCategory | null;
  age: AgeCategory | null;
  value: PlainValue;
  ref: string;
}

/** An indicator's cells as read, blank ones included where the layout has them (a workbook). */
export interface IndicatorRowInput {
  indicator: string;
  /** Where the indicator is named (its code cell, or its first CSV line). */
  ref: string;
  cells: IndicatorCellInput[];
}

/** What the rows make: the values, where each field came from, and the cells refused. */
export interface IndicatorValuesRead {
  values: IndicatorValueInput[];
  refs: Record<string, string>;
  errors: CellError[];
}

const partName = (cell: { sex: string | null; age: string | null }) =>
  cell.sex === null ? 'total' : cell.age === null ? cell.sex : `${cell.sex} / ${cell.age}`;

/** A count as written: a whole number of 0 or more (a number cell, or digits as text). */
function countOf(value: PlainValue): number | 'blank' | 'invalid' {
  const text = textOf(value);
  if (text === '') return 'blank';
  const count = typeof value === 'number' ? value : /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(count) && count >= 0 && count <= MAX_INDICATOR_COUNT ? count : 'invalid';
}

/**
 * Reads indicator cells as the API's values: a blank cell is no data, never 0. An indicator with
 * every cell blank has no value; a breakdown is given whole or not at all, with its total.
 * The rules between values (parts adding up, parts the indicator takes) are left to the same
 * domain check as PUT.
 */
export function indicatorValuesOf(rows: IndicatorRowInput[]): IndicatorValuesRead {
  const read: IndicatorValuesRead = { values: [], refs: {}, errors: [] };
  for (const row of rows) {
    const counts = new Map<string, { count: number; ref: string }>();
    const blanks: IndicatorCellInput[] = [];
    let refused = false;
    for (const cell of row.cells) {
      const count = countOf(cell.value);
      if (count === 'blank') blanks.push(cell);
      else if (count === 'invalid') {
        refused = true;
        read.errors.push({
          ref: cell.ref,
          message: `${row.indicator} ${partName(cell)} must be a whole number from 0 to ${MAX_INDICATOR_COUNT} (found "${textOf(cell.value)}")`,
        });
      } else counts.set(partName(cell), { count, ref: cell.ref });
    }
    if (counts.size === 0) continue; // no data for this indicator
    const missing = (names: string[]) => names.filter((name) => !counts.has(name));
    const blankRef = (name: string) =>
      blanks.find((cell) => partName(cell) === name)?.ref ?? row.ref;
    const complain = (name: string, message: string) => {
      refused = true;
      read.errors.push({ ref: blankRef(name), message });
    };
    if (!counts.has('total'))
      complain(
        'total',
        `${row.indicator}: the total is blank while parts are given (a blank is no data, never 0)`,
      );
    const sexNames = SEX_CATEGORIES.map((sex) => sex as string);
    const sexAgeNames = SEX_CATEGORIES.flatMap((sex) =>
      AGE_CATEGORIES.map((age) => `${sex} / ${age}`),
    );
    for (const names of [sexNames, sexAgeNames]) {
      const absent = missing(names);
      if (absent.length > 0 && absent.length < names.length)
        complain(
          absent[0]!,
          `${row.indicator}: ${absent.join(', ')} blank while other parts are given; a blank is no data, never 0: fill every part or none`,
        );
    }
    if (refused) continue;
    const index = read.values.length;
    const count = (name: string) => counts.get(name)!.count;
    const value: IndicatorValueInput = { indicator: row.indicator, total: count('total') };
    read.refs[`values.${index}`] = row.ref;
    read.refs[`values.${index}.indicator`] = row.ref;
    read.refs[`values.${index}.total`] = counts.get('total')!.ref;
    if (missing(sexNames).length === 0) {
      value.bySex = { female: count('female'), male: count('male'), unknown: count('unknown') };
      read.refs[`values.${index}.bySex`] = counts.get(sexNames[0]!)!.ref;
    }
    if (missing(sexAgeNames).length === 0) {
      const byAge = (sex: SexCategory) => ({
        child: count(`${sex} / child`),
        adult: count(`${sex} / adult`),
        unknown: count(`${sex} / unknown`),
      });
      value.bySexAge = { female: byAge('female'), male: byAge('male'), unknown: byAge('unknown') };
      read.refs[`values.${index}.bySexAge`] = counts.get(sexAgeNames[0]!)!.ref;
    }
    read.values.push(value);
  }
  return read;
}
