import type { SummaryView } from '../summary-data';
import { OBSERVATION_COLUMNS, ObservationValue, summaryObservations } from './summary-observations';

const quote = (cell: ObservationValue): string => {
  if (cell === null) return '';
  const text = String(cell);
  // Quote what needs it, and neutralise spreadsheet formulas (=, +, -, @ at the start of text).
  const safe = typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows as CSV (RFC 4180, CRLF) under a header of the given columns, null as an empty cell. */
export function csvText<Column extends string>(
  columns: readonly Column[],
  rows: Iterable<Record<Column, ObservationValue>>,
): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => quote(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The summary as one tidy CSV in long form: a row per observation, no data as an empty value. */
export function summaryCsv(summary: SummaryView): string {
  return csvText(OBSERVATION_COLUMNS, summaryObservations(summary));
}
