import { Workbook, Worksheet } from 'exceljs';
import { IMPORT_LIMITS } from '../import-limits';
import type { CellError, ImportedIndicatorSet, ImportedReport, ParsedFile } from '../import-types';
import {
  actionOfSheet,
  CELLS,
  cellRef,
  CHECKLIST_COLUMNS,
  CHECKLIST_FIRST_ROW,
  CHECKLIST_MAX_ROWS,
  EVIDENCE_COLUMNS,
  EVIDENCE_FIRST_ROW,
  EVIDENCE_MAX_ROWS,
  INDICATOR_CELLS,
  INDICATOR_COLUMNS,
  INDICATOR_FIRST_ROW,
  INDICATOR_PARTS,
  INDICATORS_SHEET,
  README_SHEET,
} from '../workbook/layout';
import { dayOf, plainValue, PlainValue, textOf } from './cell-values';
import { IndicatorRowInput, indicatorValuesOf } from './indicator-cells';
import { assertWorkbookWithinLimits, UnreadableFile } from './zip-inspection';

/** Collects one sheet's fields with the cell each came from. */
class SheetReader {
  readonly draft: Record<string, unknown> = {};
  readonly refs: Record<string, string> = {};

  constructor(private readonly sheet: Worksheet) {}

  value(address: string): PlainValue {
    return plainValue(this.sheet.getCell(address).value);
  }

  text(address: string): string {
    return textOf(this.value(address));
  }

  ref(address: string): string {
    return cellRef(this.sheet.name, address);
  }

  /** A field of the draft, remembered with its cell. */
  set(path: string, address: string, value: unknown): void {
    this.refs[path] = this.ref(address);
    const parts = path.split('.');
    let target: Record<string, unknown> = this.draft;
    for (const [index, part] of parts.slice(0, -1).entries()) {
      const next = parts[index + 1]!;
      target[part] ??= /^\d+$/.test(next) ? [] : {};
      target = target[part] as Record<string, unknown>;
    }
    target[parts.at(-1)!] = value;
  }
}

/** `1, 4` → [1, 4]; anything else is kept as written for the validation to name. */
const areasOf = (text: string): unknown[] =>
  text === ''
    ? []
    : text.split(/[\s,;]+/).map((part) => (/^\d+$/.test(part) ? Number(part) : part));

function readChecklist(reader: SheetReader): void {
  let index = 0;
  for (let row = CHECKLIST_FIRST_ROW; row < CHECKLIST_FIRST_ROW + CHECKLIST_MAX_ROWS; row++) {
    const at = (column: string) => `${column}${row}`;
    const item = reader.text(at(CHECKLIST_COLUMNS.item));
    const answer = reader.text(at(CHECKLIST_COLUMNS.answer));
    const note = reader.text(at(CHECKLIST_COLUMNS.note));
    if (item === '' || (answer === '' && note === '')) continue; // not answered
    reader.set(`checklist.${index}.item`, at(CHECKLIST_COLUMNS.item), item);
    reader.set(`checklist.${index}.answer`, at(CHECKLIST_COLUMNS.answer), answer);
    if (note !== '') reader.set(`checklist.${index}.note`, at(CHECKLIST_COLUMNS.note), note);
    index++;
  }
}

function readEvidence(reader: SheetReader): void {
  let index = 0;
  for (let row = EVIDENCE_FIRST_ROW; row < EVIDENCE_FIRST_ROW + EVIDENCE_MAX_ROWS; row++) {
    const fields = Object.entries(EVIDENCE_COLUMNS).map(([field, column]) => {
      const value = reader.value(`${column}${row}`);
      return {
        field,
        address: `${column}${row}`,
        text: field === 'date' ? dayOf(value) : textOf(value),
      };
    });
    if (fields.every((field) => field.text === '')) continue;
    for (const { field, address, text } of fields)
      if (text !== '' || field === 'kind' || field === 'title')
        reader.set(`evidence.${index}.${field}`, address, text);
    index++;
  }
}

/** A version cell: a whole number, or blank for a record that did not exist. */
function downloadedVersion(
  reader: SheetReader,
  errors: CellError[],
  address: string = CELLS.version,
): number | null | 'invalid' {
  const value = reader.value(address);
  if (value === null || value === '') return null;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  errors.push({
    ref: reader.ref(address),
    message: `the hidden version cell was changed ("${textOf(value)}")`,
  });
  return 'invalid';
}

function readActionSheet(
  sheet: Worksheet,
  action: string,
  declared: { country: string; period: string } | null,
  errors: CellError[],
): ImportedReport | null {
  const reader = new SheetReader(sheet);
  if (sheet.actualRowCount > IMPORT_LIMITS.sheetRows)
    throw new UnreadableFile(`Sheet ${sheet.name} has more than ${IMPORT_LIMITS.sheetRows} rows.`);
  const country = reader.text(CELLS.country).toUpperCase();
  const period = reader.text(CELLS.period);
  const keyErrors: CellError[] = [];
  if (reader.text(CELLS.action) !== action)
    keyErrors.push({
      ref: reader.ref(CELLS.action),
      message: `the action must be "${action}", as the sheet's name says`,
    });
  if (declared && country !== declared.country)
    keyErrors.push({
      ref: reader.ref(CELLS.country),
      message: `the sheet is for ${country || 'no country'}, the workbook for ${declared.country}`,
    });
  if (declared && period !== declared.period)
    keyErrors.push({
      ref: reader.ref(CELLS.period),
      message: `the sheet is for period ${period || '(none)'}, the workbook for ${declared.period}`,
    });
  const version = downloadedVersion(reader, keyErrors);
  errors.push(...keyErrors);
  if (keyErrors.length > 0 || version === 'invalid') return null;
  reader.set('status', CELLS.status, reader.text(CELLS.status));
  const narrative = reader.text(CELLS.narrative);
  if (narrative !== '') reader.set('narrative', CELLS.narrative, narrative);
  const areas = reader.text(CELLS.areas);
  if (areas !== '') reader.set('areas', CELLS.areas, areasOf(areas));
  readChecklist(reader);
  readEvidence(reader);
  // A sheet left blank for a report that does not exist yet: nothing to import.
  if (version === null && Object.keys(reader.draft).length === 1 && reader.draft.status === '')
    return null;
  return {
    kind: 'report',
    key: { country, period, action },
    draft: reader.draft,
    downloadedVersion: version,
    refs: reader.refs,
    origin: cellRef(sheet.name, 'A1'),
    submit: false,
  };
}

/**
 * The Indicators sheet: one row per indicator, its cells by sex × age. Its country and period
 * (hidden column Q) must be the workbook's; a sheet left blank for values that do not exist yet
 * is skipped.
 */
function readIndicatorsSheet(
  sheet: Worksheet,
  declared: { country: string; period: string } | null,
  errors: CellError[],
): ImportedIndicatorSet | null {
  const reader = new SheetReader(sheet);
  if (sheet.actualRowCount > IMPORT_LIMITS.sheetRows)
    throw new UnreadableFile(`Sheet ${sheet.name} has more than ${IMPORT_LIMITS.sheetRows} rows.`);
  const country = reader.text(INDICATOR_CELLS.country).toUpperCase();
  const period = reader.text(INDICATOR_CELLS.period);
  const keyErrors: CellError[] = [];
  if (!country || (declared && country !== declared.country))
    keyErrors.push({
      ref: reader.ref(INDICATOR_CELLS.country),
      message: `the sheet is for ${country || 'no country'}, the workbook for ${declared?.country ?? 'none'}`,
    });
  if (!period || (declared && period !== declared.period))
    keyErrors.push({
      ref: reader.ref(INDICATOR_CELLS.period),
      message: `the sheet is for period ${period || '(none)'}, the workbook for ${declared?.period ?? '(none)'}`,
    });
  const version = downloadedVersion(reader, keyErrors, INDICATOR_CELLS.version);
  errors.push(...keyErrors);
  if (keyErrors.length > 0 || version === 'invalid') return null;
  const rows: IndicatorRowInput[] = [];
  const lastRow = Math.min(sheet.rowCount, IMPORT_LIMITS.sheetRows);
  for (let row = INDICATOR_FIRST_ROW; row <= lastRow; row++) {
    const indicator = reader.text(`${INDICATOR_COLUMNS.code}${row}`);
    if (indicator === '') continue;
    const cell = (column: string) => ({
      value: reader.value(`${column}${row}`),
      ref: reader.ref(`${column}${row}`),
    });
    rows.push({
      indicator,
      ref: reader.ref(`${INDICATOR_COLUMNS.code}${row}`),
      cells: [
        { sex: null, age: null, ...cell(INDICATOR_COLUMNS.total) },
        ...INDICATOR_PARTS.map(({ sex, age, column }) => ({ sex, age, ...cell(column) })),
      ],
    });
  }
  const read = indicatorValuesOf(rows);
  if (version === null && read.values.length === 0 && read.errors.length === 0) return null;
  return {
    kind: 'indicator_values',
    key: { country, period },
    values: read.values,
    errors: read.errors,
    downloadedVersion: version,
    refs: read.refs,
    origin: cellRef(sheet.name, 'A1'),
    submit: false,
  };
}

/** Reads a workbook made by BuildWorkbook (or one laid out like it): one report per action sheet. */
export async function readWorkbook(file: Buffer): Promise<ParsedFile> {
  assertWorkbookWithinLimits(file);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('The file is not a readable XLSX workbook.');
  }
  const readMe = workbook.getWorksheet(README_SHEET);
  const declared = readMe
    ? {
        country: textOf(plainValue(readMe.getCell('F1').value)).toUpperCase(),
        period: textOf(plainValue(readMe.getCell('F2').value)),
      }
    : null;
  const errors: CellError[] = [];
  const reports: ImportedReport[] = [];
  const indicatorSets: ImportedIndicatorSet[] = [];
  const seen = new Set<string>();
  for (const sheet of workbook.worksheets) {
    if (sheet.name.trim() === INDICATORS_SHEET) {
      const set = readIndicatorsSheet(sheet, declared, errors);
      if (set) indicatorSets.push(set);
      continue;
    }
    const action = actionOfSheet(sheet.name);
    if (!action) continue;
    if (seen.has(action)) {
      errors.push({
        ref: cellRef(sheet.name, 'A1'),
        message: `action (${action}) has a second sheet`,
      });
      continue;
    }
    seen.add(action);
    const report = readActionSheet(sheet, action, declared, errors);
    if (report) reports.push(report);
  }
  if (seen.size === 0 && !workbook.getWorksheet(INDICATORS_SHEET))
    errors.push({
      ref: 'workbook',
      message: `no sheet named (a) to (f) or ${INDICATORS_SHEET}: nothing to import`,
    });
  return { reports, indicatorSets, errors };
}
