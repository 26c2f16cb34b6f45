import ExcelJS from 'exceljs';
import type { PublishedSummaryView } from '../publication-views';
import { PUBLIC_COLUMNS, PublicObservation } from './public-observations';

/** What each column of the data sheet (and of the CSV) holds. */
export const DATA_DICTIONARY: Record<(typeof PUBLIC_COLUMNS)[number], string> = {
  section:
    "Part of the summary: overview, actions, checklist, areas, indicators, protocol, follow-up; memberLevels: each member's implementation level (mean status score of its validated reports)",
  process: 'Regional process code',
  period: 'Reporting period (calendar year)',
  country: 'ISO 3166-1 alpha-3 code of a member, where the figure is about one',
  action: 'GCM Objective 9 action (a–f)',
  area: 'RCM Counter-Smuggling Work Plan area (1–4)',
  indicator: 'Quantitative indicator code',
  item: 'Checklist item code',
  sex: 'female, male or unknown; empty for all',
  age: 'child, adult or unknown; empty for all',
  measure: 'What the value measures',
  value: 'The figure, unrounded; empty: no data, or suppressed (see status)',
  unit: 'Unit of the value',
  status: '"suppressed": a small count (or one that would give it back) withheld; empty otherwise',
};

/** The publication as a workbook: a read-me with licence and citation, the data, its dictionary. */
export async function publicationXlsx(
  published: PublishedSummaryView,
  rows: PublicObservation[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GCM Objective 9 Tracker';
  workbook.created = new Date(published.publication.publishedAt);
  const readMe = workbook.addWorksheet('Read me');
  readMe.columns = [{ width: 24 }, { width: 110 }];
  const { publication, citation, licence, summary } = published;
  for (const row of [
    ['title', `${summary.processName} (${summary.process}), ${summary.period}`],
    ['version', String(publication.version)],
    ['published', publication.publishedAt],
    ['SHA-256', publication.contentHash],
    ['URL', publication.url],
    ['licence', `${licence.name} ${licence.url}`],
    ['attribution', licence.attribution],
    ['cite as', citation.text],
    [
      'suppression',
      `Counts of children and sex × age cells from 1 to ${summary.suppressBelow - 1} are withheld, with one more cell where a total would give them back.`,
    ],
  ])
    readMe.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  const data = workbook.addWorksheet('Data');
  data.addRow([...PUBLIC_COLUMNS]).font = { bold: true };
  for (const row of rows) data.addRow(PUBLIC_COLUMNS.map((column) => row[column]));
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const dictionary = workbook.addWorksheet('Data dictionary');
  dictionary.columns = [{ width: 14 }, { width: 100 }];
  dictionary.addRow(['column', 'meaning']).font = { bold: true };
  for (const [column, meaning] of Object.entries(DATA_DICTIONARY))
    dictionary.addRow([column, meaning]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
