import type { SummaryView } from '../summary-data';
import { summaryCsv } from './summary-csv';
import { summaryPdf } from './summary-pdf';
import { summaryXlsx } from './summary-xlsx';

export const SUMMARY_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
export type SummaryFileFormat = Exclude<SummaryFormat, 'json'>;

export const SUMMARY_CONTENT_TYPES: Record<SummaryFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface SummaryFile {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

/** A summary as a file to download: CSV, XLSX (a sheet per section) or PDF. */
export async function summaryFile(
  summary: SummaryView,
  format: SummaryFileFormat,
): Promise<SummaryFile> {
  const render = { csv: summaryCsv, xlsx: summaryXlsx, pdf: summaryPdf }[format];
  return {
    contentType: SUMMARY_CONTENT_TYPES[format],
    filename: `gcm9-${summary.process}-${summary.period}.${format}`,
    body: await render(summary),
  };
}
