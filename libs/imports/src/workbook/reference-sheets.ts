import type { IndicatorDefinition, IndicatorValueInput } from '@app/domain';
import { formatMessage, Locale } from '@app/i18n';
import type { Workbook } from 'exceljs';
import {
  INDICATOR_CELLS,
  INDICATOR_COLUMNS,
  INDICATOR_FIRST_ROW,
  INDICATOR_KEY_COLUMN,
  INDICATOR_PARTS,
  INDICATORS_SHEET,
  README_SHEET,
} from './layout';
import type { ReportStateRow } from './workbook.queries';

/** Instructions in the user's language and the version of every record it was made from. */
export function addReadMeSheet(
  workbook: Workbook,
  key: { country: string; period: string },
  records: Array<{ record: string } & Partial<ReportStateRow>>,
  locale: Locale,
): void {
  const sheet = workbook.addWorksheet(README_SHEET);
  sheet.columns = [{ width: 24 }, { width: 16 }, { width: 12 }, { width: 60 }];
  sheet.getCell('A1').value = formatMessage(locale, 'workbook.readme.title', key);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  (['step1', 'step2', 'step3', 'step4'] as const).forEach((step, index) => {
    sheet.getCell(`A${index + 3}`).value =
      `${index + 1}. ${formatMessage(locale, `workbook.readme.${step}`)}`;
  });
  sheet.getCell('A8').value = formatMessage(locale, 'workbook.readme.versions');
  sheet.getCell('A8').font = { bold: true };
  sheet.getRow(9).values = [
    formatMessage(locale, 'workbook.label.record'),
    formatMessage(locale, 'workbook.label.state'),
    formatMessage(locale, 'workbook.label.version'),
  ];
  records.forEach((record, index) => {
    sheet.getRow(10 + index).values = [record.record, record.state ?? '—', record.version ?? ''];
  });
  sheet.getCell('F1').value = key.country;
  sheet.getCell('F2').value = key.period;
  sheet.getColumn('F').hidden = true;
}

const GREY = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFDDDDDD' },
};

/** Whether an indicator takes a part: by sex, or by sex and age, as it is disaggregated. */
const takesPart = (indicator: IndicatorDefinition, age: string | null) =>
  age === null ? indicator.disaggregation !== 'none' : indicator.disaggregation === 'sex_age';

/**
 * The indicator values laid out by sex × age, to fill in like the action sheets: the cells an
 * indicator does not take are grey and locked, every other takes a whole number of 0 or more.
 */
export async function addIndicatorsSheet(
  workbook: Workbook,
  data: {
    country: string;
    period: string;
    indicators: Array<IndicatorDefinition & { name: string }>;
    values: IndicatorValueInput[];
    version: number | null;
  },
  locale: Locale,
): Promise<void> {
  const sheet = workbook.addWorksheet(INDICATORS_SHEET);
  sheet.columns = [{ width: 30 }, { width: 50 }, { width: 10 }];
  sheet.getRow(1).values = [
    formatMessage(locale, 'workbook.label.indicator'),
    '',
    formatMessage(locale, 'workbook.label.total'),
    ...INDICATOR_PARTS.map(({ sex, age }) => (age ? `${sex} / ${age}` : sex)),
  ];
  sheet.getRow(1).font = { bold: true };
  const whole = {
    type: 'whole' as const,
    operator: 'greaterThanOrEqual' as const,
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
  };
  data.indicators.forEach((indicator, index) => {
    const row = INDICATOR_FIRST_ROW + index;
    const value = data.values.find((entry) => entry.indicator === indicator.code);
    const at = (column: string) => sheet.getCell(`${column}${row}`);
    at(INDICATOR_COLUMNS.code).value = indicator.code;
    at(INDICATOR_COLUMNS.name).value = indicator.name;
    at(INDICATOR_COLUMNS.total).value = value?.total ?? null;
    at(INDICATOR_COLUMNS.total).protection = { locked: false };
    at(INDICATOR_COLUMNS.total).dataValidation = whole;
    for (const { sex, age, column } of INDICATOR_PARTS) {
      const cell = at(column);
      if (!takesPart(indicator, age)) {
        cell.fill = GREY;
        continue;
      }
      cell.value = (age ? value?.bySexAge?.[sex][age] : value?.bySex?.[sex]) ?? null;
      cell.protection = { locked: false };
      cell.dataValidation = whole;
    }
  });
  sheet.getCell(INDICATOR_CELLS.country).value = data.country;
  sheet.getCell(INDICATOR_CELLS.period).value = data.period;
  sheet.getCell(INDICATOR_CELLS.version).value = data.version;
  sheet.getColumn(INDICATOR_KEY_COLUMN).hidden = true;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  await sheet.protect('', { formatColumns: true, formatRows: true });
}
