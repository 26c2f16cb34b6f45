import ExcelJS from 'exceljs';
import type { SummaryView } from '../summary-data';
import { Section, summarySections } from './summary-sections';
import { writeReadMe } from './xlsx-read-me';

const SHARE = '0.0%';
const SCORE = '0.00';
const PERCENT = '0.0';
const COUNT = '#,##0';

/** The number format of a column (or, in a measure/value section, of a row), by its name. */
function numberFormat(name: string): string {
  if (/completeness|timeliness|share/i.test(name)) return SHARE;
  if (/percent/i.test(name)) return PERCENT;
  if (/^(score|meanScore|previousScore)$/.test(name)) return SCORE;
  return COUNT;
}

function writeSection(sheet: ExcelJS.Worksheet, section: Section): void {
  sheet.addRow(section.columns).font = { bold: true };
  const byRow = section.columns[1] === 'value';
  for (const values of section.rows) {
    const row = sheet.addRow(values);
    values.forEach((value, index) => {
      if (typeof value !== 'number') return;
      const name = byRow ? String(values[0]) : section.columns[index];
      // An area's change is in score points; an indicator's in counts.
      const format = name === 'change' && section.name === 'Areas' ? SCORE : numberFormat(name);
      row.getCell(index + 1).numFmt = format;
    });
  }
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(
      ...section.rows.map((row) => String(row[index] ?? '').length),
      section.columns[index].length,
    );
    column.width = Math.min(60, Math.max(10, widest + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * The summary as a workbook: a read-me sheet, then one sheet per section with numbers as typed,
 * formatted cells; no data is an empty cell, never 0.
 */
export async function summaryXlsx(summary: SummaryView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GCM Objective 9 Tracker';
  workbook.created = new Date(summary.generatedAt);
  writeReadMe(workbook.addWorksheet('Read me'), summary);
  for (const section of summarySections(summary))
    writeSection(workbook.addWorksheet(section.name), section);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
