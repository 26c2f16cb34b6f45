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

/** A whole number of 0 or more, as typed (at most 9 digits, as the API takes). */
export const isCount = (text: string) => /^\d{1,9}$/.test(text.trim());

export interface EntryCheck {
  /** Sum of the parts typed so far (null: none typed). */
  sum: number | null;
  /** What will be saved as the total (typed, or the sum when left empty). */
  total: number | null;
  invalid: string[];
  mismatch: boolean;
  empty: boolean;
}

/** The live check of one indicator: numbers only, and the parts adding up to the total. */
export function checkEntry(entry: IndicatorEntry): EntryCheck {
  const invalid: string[] = [];
  if (entry.total.trim() && !isCount(entry.total)) invalid.push('total');
  let sum: number | null = null;
  for (const [key, text] of Object.entries(entry.parts)) {
    if (!text.trim()) continue;
    if (!isCount(text)) invalid.push(key);
    else sum = (sum ?? 0) + Number(text);
  }
  const typedTotal = entry.total.trim() && isCount(entry.total) ? Number(entry.total) : null;
  const total = typedTotal ?? sum;
  const mismatch = typedTotal !== null && sum !== null && typedTotal !== sum;
  const empty = !entry.total.trim() && Object.values(entry.parts).every((p) => !p.trim());
  return { sum, total, invalid, mismatch, empty };
}

/** The PUT body: indicators with a value; parts not typed count as 0 once any part is typed. */
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
    const n = (key: string) => Number(entry.parts[key]?.trim() || 0);
    if (check.sum !== null && indicator.disaggregation === 'sex')
      value.bySex = { female: n('female'), male: n('male'), unknown: n('unknown') };
    if (check.sum !== null && indicator.disaggregation === 'sex_age')
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
    return check.invalid.length > 0 || check.mismatch;
  });
