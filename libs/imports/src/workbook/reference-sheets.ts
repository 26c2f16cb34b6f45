import { AGE_CATEGORIES, IndicatorValueInput, SEX_CATEGORIES } from '@app/domain';
import { formatMessage, Locale } from '@app/i18n';
import type { Workbook } from 'exceljs';
import { actionSheetName, INDICATORS_SHEET, README_SHEET } from './layout';
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

/** `female / child`…: the sex × age columns, then each sex over all ages. */
const SEX_AGE_COLUMNS = SEX_CATEGORIES.flatMap((sex) =>
  AGE_CATEGORIES.map((age) => ({ sex, age })),
);

/** The indicator values laid out by sex × age, for reference while filling the sheets in. */
export function addIndicatorsSheet(
  workbook: Workbook,
  indicators: Array<{ code: string; name: string }>,
  values: IndicatorValueInput[],
  locale: Locale,
): void {
  const sheet = workbook.addWorksheet(INDICATORS_SHEET);
  sheet.columns = [{ width: 30 }, { width: 50 }, { width: 10 }];
  sheet.getRow(1).values = [
    formatMessage(locale, 'workbook.label.indicator'),
    '',
    formatMessage(locale, 'workbook.label.total'),
    ...SEX_AGE_COLUMNS.map(({ sex, age }) => `${sex} / ${age}`),
    ...SEX_CATEGORIES,
  ];
  sheet.getRow(1).font = { bold: true };
  indicators.forEach((indicator, index) => {
    const value = values.find((entry) => entry.indicator === indicator.code);
    sheet.getRow(index + 2).values = [
      indicator.code,
      indicator.name,
      value?.total ?? null,
      ...SEX_AGE_COLUMNS.map(({ sex, age }) => value?.bySexAge?.[sex][age] ?? null),
      ...SEX_CATEGORIES.map((sex) => value?.bySex?.[sex] ?? null),
    ];
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
}

export const recordLabel = (action: string) => actionSheetName(action);
