import type { SummaryView } from '../summary-data';
import { OBSERVATION_COLUMNS, ObservationValue, summaryObservations } from './summary-observations';

export const CSV_DELIMITERS = ['comma', 'semicolon'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Spreadsheets in languages with a decimal comma (es, fr) split cells on `;` and read `1,5` as
 * a number; elsewhere `,` and `1.5`.
 */
export const csvDelimiterOf = (language: string): CsvDelimiter =>
  language === 'es' || language === 'fr' ? 'semicolon' : 'comma';

/** Tells Excel the file is UTF-8 (accents and ñ intact); other readers skip it. */
const UTF8_BOM = '\uFEFF';

const quote = (cell: ObservationValue, delimiter: CsvDelimiter): string => {
  if (cell === null) return '';
  const text =
    typeof cell === 'number' && delimiter === 'semicolon'
      ? String(cell).replace('.', ',')
      : String(cell);
  // Quote what needs it, and neutralise spreadsheet formulas (=, +, -, @ at the start of text).
  const safe = typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  const special = delimiter === 'semicolon' ? /[";\n\r]/ : /[",\n\r]/;
  return special.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows as CSV (RFC 4180, CRLF) under a header of the given columns, null as an empty cell. */
export function csvText<Column extends string>(
  columns: readonly Column[],
  rows: Iterable<Record<Column, ObservationValue>>,
  delimiter: CsvDelimiter = 'comma',
): string {
  const separator = delimiter === 'semicolon' ? ';' : ',';
  const lines = [columns.join(separator)];
  for (const row of rows)
    lines.push(columns.map((column) => quote(row[column], delimiter)).join(separator));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The summary as one tidy CSV in long form for spreadsheets: a row per observation, no data as
 * an empty value, with a BOM.
 */
export function summaryCsv(summary: SummaryView, delimiter: CsvDelimiter = 'comma'): string {
  return UTF8_BOM + csvText(OBSERVATION_COLUMNS, summaryObservations(summary), delimiter);
}
