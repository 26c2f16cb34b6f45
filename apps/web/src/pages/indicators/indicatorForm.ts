// The indicator table's state (what was typed, as text) and its conversion to and from the API.
import { DEFAULT_SENSITIVITY, type Sensitivity } from '@app/domain';
import { AGE_GROUPS, SEXES, type AgeGroup, type Sex } from '../../api/codes';
import type {
  IndicatorSetView,
  IndicatorValueDto,
  IndicatorView,
  SexAgeBreakdownDto,
} from '../../api/generated/api';

export interface IndicatorEntry {
  total: string;
  /** `female` (by sex) or `female.child` (by sex and age) → typed value. */
  parts: Record<string, string>;
  /** Who may read the indicator's values. */
  sensitivity: Sensitivity;
}
export type IndicatorForm = Record<string, IndicatorEntry>;

export const partKeys = (indicator: IndicatorView): string[] =>
  indicator.disaggregation === 'sex'
    ? SEXES.map((s) => s)
    : indicator.disaggregation === 'sex_age'
      ? SEXES.flatMap((s) => AGE_GROUPS.map((a) => `${s}.${a}`))
      : [];

export function toIndicatorForm(
  set: IndicatorSetView | null,
  indicators: IndicatorView[],
): IndicatorForm {
  const form: IndicatorForm = {};
  for (const indicator of indicators) {
    const value = set?.values.find((v) => v.indicator === indicator.code);
    const parts: Record<string, string> = {};
    for (const key of partKeys(indicator)) {
      const [sex, age] = key.split('.') as [Sex, AgeGroup | undefined];
      const n = age ? value?.bySexAge?.[sex]?.[age] : value?.bySex?.[sex];
      parts[key] = n === undefined || n === null ? '' : String(n);
    }
    form[indicator.code] = {
      total: value ? String(value.total) : '',
      parts,
      sensitivity: value?.sensitivity ?? DEFAULT_SENSITIVITY.indicator,
    };
  }
  return form;
}

/** Digits in groups of three, one separator throughout: 1,234 · 1.234 · 1 234 · 1'234. */
const GROUPED = /^\d{1,3}([,.'\s\u00a0\u202f])\d{3}(?:\1\d{3})*$/u;

/**
 * A whole number of 0 or more as typed, with or without the separator of thousands of any of the
 * tracker's languages (a count has no decimals, so "1.234" and "1,234" are both 1234); null when
 * it is no such number or has more than 9 digits (the API's limit).
 */
export function parseCount(text: string): number | null {
  const typed = text.trim();
  if (!/^\d+$/.test(typed) && !GROUPED.test(typed)) return null;
  const digits = typed.replace(/\D/g, '');
  return digits.length <= 9 ? Number(digits) : null;
}

export const isCount = (text: string) => parseCount(text) !== null;

export interface EntryCheck {
  /** Sum of the parts typed so far (null: none typed). */
  sum: number | null;
  /** What will be saved as the total (typed, or the sum when left empty). */
  total: number | null;
  /** The typed total, when it is a number. */
  typedTotal: number | null;
  invalid: string[];
  /** The breakdown's cells left blank while others are filled: no data is not 0. */
  blank: string[];
  mismatch: boolean;
  empty: boolean;
}

/**
 * The live check of one indicator: numbers only, a breakdown filled in whole or not at all (a
 * blank cell is no data, never taken as 0), and the parts adding up to the total.
 */
export function checkEntry(entry: IndicatorEntry): EntryCheck {
  const invalid: string[] = [];
  if (entry.total.trim() && !isCount(entry.total)) invalid.push('total');
  let sum: number | null = null;
  for (const [key, text] of Object.entries(entry.parts)) {
    if (!text.trim()) continue;
    const count = parseCount(text);
    if (count === null) invalid.push(key);
    else sum = (sum ?? 0) + count;
  }
  const typed = Object.entries(entry.parts).filter(([, text]) => text.trim());
  const blank =
    typed.length > 0 ? Object.keys(entry.parts).filter((key) => !entry.parts[key].trim()) : [];
  const typedTotal = entry.total.trim() ? parseCount(entry.total) : null;
  const total = typedTotal ?? sum;
  const mismatch = blank.length === 0 && typedTotal !== null && sum !== null && typedTotal !== sum;
  const empty = !entry.total.trim() && typed.length === 0;
  return { sum, total, typedTotal, invalid, blank, mismatch, empty };
}

/** The PUT body: indicators with a value, and their breakdown when it is filled in whole. */
export function toIndicatorValues(
  form: IndicatorForm,
  indicators: IndicatorView[],
): IndicatorValueDto[] {
  const values: IndicatorValueDto[] = [];
  for (const indicator of indicators) {
    const entry = form[indicator.code];
    if (!entry) continue;
    const check = checkEntry(entry);
    if (check.empty || check.total === null) continue;
    const value: IndicatorValueDto = {
      indicator: indicator.code,
      total: check.total,
      sensitivity: entry.sensitivity,
    };
    // Every cell is a number here: a blank one would have made the breakdown incomplete.
    const n = (key: string) => parseCount(entry.parts[key]) as number;
    const whole =
      check.sum !== null &&
      check.blank.length === 0 &&
      check.invalid.every((key) => key === 'total');
    if (whole && indicator.disaggregation === 'sex')
      value.bySex = { female: n('female'), male: n('male'), unknown: n('unknown') };
    if (whole && indicator.disaggregation === 'sex_age')
      value.bySexAge = Object.fromEntries(
        SEXES.map((s) => [s, Object.fromEntries(AGE_GROUPS.map((a) => [a, n(`${s}.${a}`)]))]),
      ) as SexAgeBreakdownDto;
    values.push(value);
  }
  return values;
}

export const formHasProblems = (form: IndicatorForm) =>
  Object.values(form).some((entry) => {
    const check = checkEntry(entry);
    return check.invalid.length > 0 || check.blank.length > 0 || check.mismatch;
  });
