import {
  CHECKLIST_ANSWERS,
  EVIDENCE_KINDS,
  IMPLEMENTATION_STATUSES,
  ReportContent,
} from '@app/domain';
import { formatMessage, Locale } from '@app/i18n';
import type { Workbook, Worksheet } from 'exceljs';
import {
  actionSheetName,
  CELLS,
  CHECKLIST_FIRST_ROW,
  CHECKLIST_HEADER_ROW,
  EVIDENCE_FIRST_ROW,
  EVIDENCE_HEADER_ROW,
  EVIDENCE_MAX_ROWS,
  LISTS_SHEET,
  VERSION_COLUMN,
} from './layout';

export interface ActionSheetData {
  country: string;
  period: string;
  action: string;
  /** The checklist items of the action with their questions, in order. */
  items: Array<{ code: string; text: string }>;
  content: ReportContent | undefined;
  version: number | null;
}

/** Code lists in a hidden sheet: the drop-downs refer to their ranges. */
export const CODE_LISTS = {
  status: { column: 'A', values: IMPLEMENTATION_STATUSES },
  answer: { column: 'B', values: CHECKLIST_ANSWERS },
  kind: { column: 'C', values: EVIDENCE_KINDS },
} as const;

const listRange = (list: keyof typeof CODE_LISTS) => {
  const { column, values } = CODE_LISTS[list];
  return `'${LISTS_SHEET}'!$${column}$1:$${column}$${values.length}`;
};

const dropDown = (list: keyof typeof CODE_LISTS) => ({
  type: 'list' as const,
  allowBlank: true,
  formulae: [listRange(list)],
  showErrorMessage: true,
});

const KEY_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFDDDDDD' },
};

/** The key cells are grey and locked; everything a focal point writes is unlocked. */
function writeKeyAndContent(sheet: Worksheet, data: ActionSheetData, locale: Locale): void {
  const label = (key: Parameters<typeof formatMessage>[1]) => formatMessage(locale, key);
  const rows: Array<[string, string, string | number]> = [
    [CELLS.country, label('common.country'), data.country],
    [CELLS.period, label('common.period'), data.period],
    [CELLS.action, label('common.action'), data.action],
    [CELLS.status, label('workbook.label.status'), data.content?.status ?? ''],
    [CELLS.narrative, label('workbook.label.narrative'), data.content?.narrative ?? ''],
    [CELLS.areas, label('workbook.label.areas'), (data.content?.areas ?? []).join(', ')],
  ];
  rows.forEach(([address, text, value], index) => {
    sheet.getCell(`A${index + 1}`).value = text;
    sheet.getCell(address).value = value;
    if (index < 3) sheet.getCell(address).fill = KEY_FILL;
    else sheet.getCell(address).protection = { locked: false };
  });
  sheet.getCell(CELLS.status).dataValidation = dropDown('status');
  sheet.getCell(CELLS.narrative).alignment = { wrapText: true, vertical: 'top' };
  sheet.getCell(CELLS.versionLabel).value = label('workbook.label.version');
  sheet.getCell(CELLS.version).value = data.version;
  sheet.getColumn(VERSION_COLUMN).hidden = true;
}

function writeChecklist(sheet: Worksheet, data: ActionSheetData, locale: Locale): void {
  const header = [
    'workbook.label.item',
    'workbook.label.question',
    'workbook.label.answer',
    'workbook.label.note',
  ] as const;
  sheet.getRow(CHECKLIST_HEADER_ROW).values = header.map((key) => formatMessage(locale, key));
  sheet.getRow(CHECKLIST_HEADER_ROW).font = { bold: true };
  data.items.forEach((item, index) => {
    const answer = data.content?.checklist.find((entry) => entry.item === item.code);
    const row = sheet.getRow(CHECKLIST_FIRST_ROW + index);
    row.values = [item.code, item.text, answer?.answer ?? '', answer?.note ?? ''];
    row.getCell(1).fill = KEY_FILL;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(3).dataValidation = dropDown('answer');
    row.getCell(3).protection = { locked: false };
    row.getCell(4).protection = { locked: false };
  });
}

function writeEvidence(sheet: Worksheet, data: ActionSheetData, locale: Locale): void {
  sheet.getCell(`A${EVIDENCE_HEADER_ROW}`).value = formatMessage(locale, 'workbook.label.evidence');
  sheet.getRow(EVIDENCE_HEADER_ROW).font = { bold: true };
  for (let index = 0; index < EVIDENCE_MAX_ROWS; index++) {
    const entry = data.content?.evidence[index];
    const row = sheet.getRow(EVIDENCE_FIRST_ROW + index);
    if (entry)
      row.values = [
        entry.kind,
        entry.title,
        entry.url ?? '',
        entry.date ?? '',
        entry.reference ?? '',
      ];
    row.getCell(1).dataValidation = dropDown('kind');
    for (let column = 1; column <= 5; column++) row.getCell(column).protection = { locked: false };
    // Text, so a spreadsheet does not turn 2021-11-12 into a date serial on its own.
    row.getCell(4).numFmt = '@';
  }
}

/** One action's sheet: key cells, status and narrative, checklist, evidence, hidden version. */
export async function addActionSheet(
  workbook: Workbook,
  data: ActionSheetData,
  locale: Locale,
): Promise<void> {
  const sheet = workbook.addWorksheet(actionSheetName(data.action));
  sheet.columns = [{ width: 22 }, { width: 60 }, { width: 40 }, { width: 40 }, { width: 20 }];
  writeKeyAndContent(sheet, data, locale);
  writeChecklist(sheet, data, locale);
  writeEvidence(sheet, data, locale);
  // Locks the key cells (no password: it guards against slips, not against the user).
  await sheet.protect('', { formatColumns: true, formatRows: true });
}

/** The hidden sheet of code lists. */
export function addListsSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  for (const { column, values } of Object.values(CODE_LISTS))
    values.forEach((value, index) => (sheet.getCell(`${column}${index + 1}`).value = value));
}
