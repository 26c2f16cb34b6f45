import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import type { CellError, ImportFileType } from '../import-types';
import { IMPORT_LIMITS } from '../import-limits';
import { dayOf, plainValue } from '../reading/cell-values';
import { assertWorkbookWithinLimits, UnreadableFile } from '../reading/zip-inspection';
import { headerErrors, RawUntcRow, untcColumn, UntcColumn } from './untc-table';

/** A table as lines of cells, each line with where it came from. */
interface Grid {
  lines: Array<{ ref: (column: number) => string; rowRef: string; cells: string[] }>;
}

function csvGrid(file: Buffer): Grid {
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  // UNTC's third header has commas of its own: look for separators outside quotes only.
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: header.includes(';') && !header.includes(',') ? ';' : ',',
      relax_column_count: true,
      skip_empty_lines: true,
      to_line: IMPORT_LIMITS.csvLines + 1,
    }) as string[][];
  } catch (error) {
    throw new UnreadableFile(`The CSV file cannot be read: ${(error as Error).message}`);
  }
  return {
    lines: records.map((cells, index) => ({
      rowRef: `line ${index + 1}`,
      ref: (column) => `line ${index + 1}, column ${column + 1}`,
      cells: cells.map((cell) => cell.trim()),
    })),
  };
}

/** The first sheet; a date cell (Excel turned `12 Dec 2000` into one) is read as its day. */
async function workbookGrid(file: Buffer): Promise<Grid> {
  assertWorkbookWithinLimits(file);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('The file is not a readable XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('The workbook has no sheet.');
  const lines: Grid['lines'] = [];
  sheet.eachRow((row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1)
      cells.push(dayOf(plainValue(row.getCell(column).value)));
    const letter = (column: number) => sheet.getColumn(column + 1).letter;
    lines.push({
      rowRef: `'${sheet.name}'!A${number}`,
      ref: (column) => `'${sheet.name}'!${letter(column)}${number}`,
      cells,
    });
  });
  return { lines };
}

/**
 * The participant rows of a UNTC table saved as CSV or XLSX: the header is the first line that
 * starts with "Participant" (a saved page may have a title above it). Throws UnreadableFile
 * when the bytes are no table; returns header problems as errors.
 */
export async function readUntcTable(
  file: Buffer,
  type: ImportFileType,
): Promise<{ rows: RawUntcRow[]; errors: CellError[] }> {
  const grid = type === 'xlsx' ? await workbookGrid(file) : csvGrid(file);
  const start = grid.lines.findIndex((line) => untcColumn(line.cells[0] ?? '') === 'participant');
  if (start < 0)
    return {
      rows: [],
      errors: [{ ref: 'header', message: 'no header line starting with "Participant"' }],
    };
  const header = grid.lines[start];
  const errors = headerErrors(header.cells, header.ref);
  if (errors.length > 0) return { rows: [], errors };
  const at: Partial<Record<UntcColumn, number>> = {};
  header.cells.forEach((cell, index) => {
    const column = untcColumn(cell);
    if (column) at[column] = index;
  });
  const rows = grid.lines
    .slice(start + 1)
    .filter((line) => line.cells.some((cell) => cell !== ''))
    .map((line) => ({
      ref: line.rowRef,
      participant: line.cells[at.participant!] ?? '',
      signature: line.cells[at.signature!] ?? '',
      consent: line.cells[at.consent!] ?? '',
    }));
  if (rows.length === 0) errors.push({ ref: 'table', message: 'the table has no participant' });
  return { rows, errors };
}
