import { parse } from 'csv-parse/sync';
import { IMPORT_LIMITS } from '../import-limits';
import type { AgeCategory, SexCategory } from '@app/domain';
import type { CellError, ImportedIndicatorSet, ImportedReport, ParsedFile } from '../import-types';
import { dayOf } from './cell-values';
import { IndicatorRowInput, indicatorValuesOf } from './indicator-cells';
import { UnreadableFile } from './zip-inspection';

/** The columns of the long form, one row per field of a report (see docs/imports.md). */
export const CSV_COLUMNS = ['country', 'period', 'action', 'field', 'value', 'version'] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** `status`, `narrative`, `areas`, `checklist.d5.answer|note`, `evidence.1.kind|title|url|date|reference`. */
const FIELD =
  /^(status|narrative|areas|checklist\.([a-f]\d{1,2})\.(answer|note)|evidence\.(\d{1,2})\.(kind|title|url|date|reference))$/;

/**
 * An indicator cell, on a row with a blank action: `indicator.<CODE>.total`,
 * `indicator.<CODE>.<sex>`, `indicator.<CODE>.<sex>.<age>`.
 */
const INDICATOR_FIELD =
  /^indicator\.([A-Z][A-Z0-9_]{2,63})\.(?:total|(female|male|unknown)(?:\.(child|adult|unknown))?)$/;

/** Spreadsheets in much of Latin America and Europe save CSV with semicolons. */
const delimiterOf = (text: string) => {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
};

function parseRows(file: Buffer): CsvRow[] {
  const text = file.toString('utf8');
  try {
    return parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      skip_empty_lines: true,
      trim: true,
      to_line: IMPORT_LIMITS.csvLines + 1,
    }) as CsvRow[];
  } catch (error) {
    throw new UnreadableFile(`The CSV file cannot be read: ${(error as Error).message}`);
  }
}

interface Accumulated {
  report: ImportedReport;
  checklist: Map<string, number>;
}

/** A country's indicator cells for a period, gathered row by row. */
interface AccumulatedIndicators {
  set: ImportedIndicatorSet;
  rows: Map<string, IndicatorRowInput>;
  /** The line each cell came from, by its field: a cell given twice is refused. */
  fields: Map<string, string>;
}

function addIndicatorCell(
  entry: AccumulatedIndicators,
  row: CsvRow,
  ref: string,
  errors: CellError[],
): void {
  if (row.field === 'state') return addState(entry.set, row.value, ref, errors);
  const match = INDICATOR_FIELD.exec(row.field);
  if (!match)
    return void errors.push({
      ref,
      message: `unknown field "${row.field}" for a row without action (indicator.<CODE>.total, indicator.<CODE>.<sex>[.<age>])`,
    });
  const given = entry.fields.get(row.field);
  if (given)
    return void errors.push({ ref, message: `${row.field} is given twice (also ${given})` });
  entry.fields.set(row.field, ref);
  const [, indicator, sex, age] = match as unknown as [string, string, SexCategory?, AgeCategory?];
  let cells = entry.rows.get(indicator);
  if (!cells) entry.rows.set(indicator, (cells = { indicator, ref, cells: [] }));
  cells.cells.push({ sex: sex ?? null, age: age ?? null, value: row.value, ref });
}

/** Adds one row's field to its report's draft; an error instead when the row does not fit. */
function addField(entry: Accumulated, row: CsvRow, ref: string, errors: CellError[]): void {
  if (row.field === 'state') return addState(entry.report, row.value, ref, errors);
  const match = FIELD.exec(row.field);
  if (!match) return void errors.push({ ref, message: `unknown field "${row.field}"` });
  const { draft, refs } = entry.report;
  const path = fieldPath(entry, match);
  if (refs[path])
    return void errors.push({ ref, message: `${row.field} is given twice (also ${refs[path]})` });
  refs[path] = ref;
  const [head, index, leaf] = path.split('.') as [string, string?, string?];
  const value =
    head === 'areas'
      ? row.value
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
      : leaf === 'date'
        ? dayOf(/^\d+$/.test(row.value) ? Number(row.value) : row.value)
        : row.value;
  if (index === undefined) draft[head] = value;
  else {
    const list = (draft[head] ??= []) as Array<Record<string, unknown>>;
    (list[Number(index)] ??= {})[leaf!] = value;
    if (head === 'checklist') list[Number(index)]!.item = match[2];
  }
}

/** `state`: `submitted` submits the record once saved; an import never validates one. */
function addState(
  report: ImportedReport | ImportedIndicatorSet,
  value: string,
  ref: string,
  errors: CellError[],
): void {
  if (value !== 'draft' && value !== 'submitted')
    return void errors.push({
      ref,
      message: `state must be draft or submitted (found "${value}"): an import never validates a report`,
    });
  report.submit = value === 'submitted';
  report.refs.state = ref;
}

/** checklist.d5.answer → checklist.<position of d5>.answer; evidence.1.title → evidence.0.title. */
function fieldPath(entry: Accumulated, match: RegExpExecArray): string {
  if (match[2]) {
    const position = entry.checklist.get(match[2]) ?? entry.checklist.size;
    entry.checklist.set(match[2], position);
    return `checklist.${position}.${match[3]}`;
  }
  if (match[4]) return `evidence.${Number(match[4]) - 1}.${match[5]}`;
  return match[1]!;
}

/** Reads the long form: rows of one report make up its whole draft, as a PUT would. */
export function readCsv(file: Buffer): ParsedFile {
  const rows = parseRows(file);
  if (rows.length > IMPORT_LIMITS.csvLines)
    throw new UnreadableFile(`The CSV file has more than ${IMPORT_LIMITS.csvLines} rows.`);
  const missing = rows[0] ? CSV_COLUMNS.filter((column) => !(column in rows[0]!)) : [];
  if (missing.length > 0)
    throw new UnreadableFile(
      `The CSV file lacks the columns ${missing.join(', ')} (see docs/imports.md).`,
    );
  const errors: CellError[] = [];
  const reports = new Map<string, Accumulated>();
  const indicatorSets = new Map<string, AccumulatedIndicators>();
  rows.forEach((row, index) => {
    const ref = `line ${index + 2}`;
    const key = {
      country: row.country.toUpperCase(),
      period: row.period,
      action: row.action.toLowerCase(),
    };
    const id = `${key.country}/${key.period}/${key.action}`;
    const version =
      row.version === '' ? null : /^\d{1,9}$/.test(row.version) ? Number(row.version) : NaN;
    if (Number.isNaN(version))
      return void errors.push({ ref, message: `version "${row.version}" is not a whole number` });
    if (key.action === '') return addIndicatorRow(indicatorSets, row, ref, version, errors);
    let entry = reports.get(id);
    if (!entry) {
      entry = {
        report: {
          kind: 'report',
          key,
          draft: {},
          downloadedVersion: version,
          refs: {},
          origin: ref,
          submit: false,
        },
        checklist: new Map(),
      };
      reports.set(id, entry);
    } else if (entry.report.downloadedVersion !== version)
      return void errors.push({
        ref,
        message: `version ${row.version || '(blank)'} differs from ${entry.report.origin} of the same report`,
      });
    addField(entry, row, ref, errors);
  });
  if (rows.length === 0)
    errors.push({ ref: 'line 1', message: 'the file has no rows: nothing to import' });
  return {
    reports: [...reports.values()].map((entry) => compact(entry.report)),
    indicatorSets: [...indicatorSets.values()].map(({ set, rows: cells }) => {
      const read = indicatorValuesOf([...cells.values()]);
      // The rows make up the whole set, as a PUT does: none would erase every value.
      if (cells.size === 0)
        read.errors.push({ ref: set.origin, message: 'indicator values without any cell' });
      return {
        ...set,
        values: read.values,
        refs: { ...set.refs, ...read.refs },
        errors: read.errors,
      };
    }),
    errors,
  };
}

/** A row without action: a cell of the country's indicator values for the period. */
function addIndicatorRow(
  sets: Map<string, AccumulatedIndicators>,
  row: CsvRow,
  ref: string,
  version: number | null,
  errors: CellError[],
): void {
  const key = { country: row.country.toUpperCase(), period: row.period };
  const id = `${key.country}/${key.period}`;
  let entry = sets.get(id);
  if (!entry) {
    entry = {
      set: {
        kind: 'indicator_values',
        key,
        values: [],
        errors: [],
        downloadedVersion: version,
        refs: {},
        origin: ref,
        submit: false,
      },
      rows: new Map(),
      fields: new Map(),
    };
    sets.set(id, entry);
  } else if (entry.set.downloadedVersion !== version)
    return void errors.push({
      ref,
      message: `version ${row.version || '(blank)'} differs from ${entry.set.origin} of the same indicator values`,
    });
  addIndicatorCell(entry, row, ref, errors);
}

/** Evidence numbered 1, 3 (no 2) leaves a hole: closed up, keeping the refs in step. */
function compact(report: ImportedReport): ImportedReport {
  const evidence = report.draft.evidence as unknown[] | undefined;
  if (!evidence || !evidence.includes(undefined)) return report;
  const kept = evidence.map((_, index) => index).filter((index) => evidence[index] !== undefined);
  const refs = Object.fromEntries(
    Object.entries(report.refs).map(([path, ref]) => {
      const match = /^evidence\.(\d+)\.(.+)$/.exec(path);
      return match ? [`evidence.${kept.indexOf(Number(match[1]))}.${match[2]}`, ref] : [path, ref];
    }),
  );
  return {
    ...report,
    refs,
    draft: { ...report.draft, evidence: kept.map((index) => evidence[index]) },
  };
}
