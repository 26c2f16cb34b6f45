import ExcelJS from 'exceljs';
import type { SummaryView } from '../summary-data';
import { summarySections } from './summary-sections';

/** The summary as a workbook, one sheet per section, numbers as numbers. */
export async function summaryXlsx(summary: SummaryView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GCM Objective 9 Tracker';
  workbook.created = new Date(summary.generatedAt);
  for (const section of summarySections(summary)) {
    const sheet = workbook.addWorksheet(section.name);
    sheet.addRow(section.columns).font = { bold: true };
    for (const row of section.rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      const widest = Math.max(
        ...section.rows.map((row) => String(row[index] ?? '').length),
        section.columns[index].length,
      );
      column.width = Math.min(60, Math.max(10, widest + 2));
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
