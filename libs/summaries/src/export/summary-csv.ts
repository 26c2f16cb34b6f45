import type { SummaryView } from '../summary-data';
import { OBSERVATION_COLUMNS, ObservationValue, summaryObservations } from './summary-observations';

const quote = (cell: ObservationValue): string => {
  if (cell === null) return '';
  const text = String(cell);
  // Quote what needs it, and neutralise spreadsheet formulas (=, +, -, @ at the start of text).
  const safe = typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The summary as one tidy CSV in long form: a row per observation, no data as an empty value. */
export function summaryCsv(summary: SummaryView): string {
  const lines = [OBSERVATION_COLUMNS.join(',')];
  for (const observation of summaryObservations(summary))
    lines.push(OBSERVATION_COLUMNS.map((column) => quote(observation[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
