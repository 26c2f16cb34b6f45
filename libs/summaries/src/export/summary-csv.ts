import type { SummaryView } from '../summary-data';
import { Cell, summarySections } from './summary-sections';

const quote = (cell: Cell): string => {
  if (cell === null) return '';
  const text = String(cell);
  // Quote what needs it, and neutralise spreadsheet formulas (=, +, -, @ at the start of text).
  const safe = typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The summary as one tidy CSV: section, row, measure, value — every number of the JSON. */
export function summaryCsv(summary: SummaryView): string {
  const lines = ['section,row,measure,value'];
  for (const section of summarySections(summary)) {
    for (const row of section.rows) {
      section.columns.slice(1).forEach((column, index) => {
        lines.push([section.name, row[0], column, row[index + 1]].map(quote).join(','));
      });
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
