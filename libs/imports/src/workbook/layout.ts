import { AGE_CATEGORIES, AgeCategory, SEX_CATEGORIES } from '@app/domain';

/**
 * Where everything sits in the workbook: the writer and the reader both follow this, so a
 * downloaded workbook reads back cell for cell.
 */
export const ACTION_CODES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

/** `(d)`: a sheet per action, named as the Compact numbers them. */
export const actionSheetName = (action: string) => `(${action})`;
export const actionOfSheet = (name: string): string | undefined =>
  /^\(([a-f])\)$/.exec(name.trim())?.[1];

export const README_SHEET = 'Read me';
export const INDICATORS_SHEET = 'Indicators';
/** Hidden: the code lists the drop-downs draw on. */
export const LISTS_SHEET = 'Lists';

/** Key and content cells of an action sheet (labels in column A). */
export const CELLS = {
  country: 'B1',
  period: 'B2',
  action: 'B3',
  status: 'B4',
  narrative: 'B5',
  areas: 'B6',
  /** Hidden column H: the version the sheet was made from (blank: no report yet). */
  versionLabel: 'H1',
  version: 'H2',
} as const;
export const VERSION_COLUMN = 'H';

/** Checklist: item, question, answer, note; one row per item of the action. */
export const CHECKLIST_HEADER_ROW = 8;
export const CHECKLIST_FIRST_ROW = 9;
export const CHECKLIST_MAX_ROWS = 10;
export const CHECKLIST_COLUMNS = { item: 'A', question: 'B', answer: 'C', note: 'D' } as const;

/** Evidence: kind, title, url, date, reference; up to 50 rows (the API's limit). */
export const EVIDENCE_HEADER_ROW = 20;
export const EVIDENCE_FIRST_ROW = 21;
export const EVIDENCE_MAX_ROWS = 50;
export const EVIDENCE_COLUMNS = {
  kind: 'A',
  title: 'B',
  url: 'C',
  date: 'D',
  reference: 'E',
} as const;

/**
 * Indicators: a row per indicator from row 2: code, name, total, the sex × age cells, then each
 * sex over all ages. A blank cell is no data, never 0.
 */
export const INDICATOR_FIRST_ROW = 2;
export const INDICATOR_COLUMNS = { code: 'A', name: 'B', total: 'C' } as const;
/** The parts' columns from D, each with its name in the values (`female.child`, `male`). */
export const INDICATOR_PARTS = [
  ...SEX_CATEGORIES.flatMap((sex) =>
    AGE_CATEGORIES.map((age) => ({ sex, age: age as AgeCategory | null })),
  ),
  ...SEX_CATEGORIES.map((sex) => ({ sex, age: null })),
].map((part, index) => ({ ...part, column: String.fromCharCode(68 + index) }));
/** Hidden column Q of the Indicators sheet: its country, period and version (blank: none yet). */
export const INDICATOR_CELLS = { country: 'Q1', period: 'Q2', version: 'Q3' } as const;
export const INDICATOR_KEY_COLUMN = 'Q';

/** `'(d)'!C7`: how errors point at a cell. */
export const cellRef = (sheet: string, address: string) => `'${sheet}'!${address}`;
