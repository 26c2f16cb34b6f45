import type { CellValue } from 'exceljs';

/** What a cell holds once formulas are set aside: its cached result, never a re-evaluation. */
export type PlainValue = string | number | boolean | Date | null;

export function plainValue(value: CellValue): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result as CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  return null; // an error value (#REF!…): nothing
}

/** A cell as text, trimmed; '' when empty. */
export function textOf(value: PlainValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoDay(value);
  return String(value).trim();
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date cell as `YYYY-MM-DD`: a real date, an Excel serial number (a cell formatted as a
 * number), or text as written (`12/11/2021` is ambiguous: left to validation to refuse).
 */
export function dayOf(value: PlainValue): string {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2958466)
    return isoDay(new Date(EXCEL_EPOCH_MS + value * DAY_MS));
  return textOf(value);
}
