import type { SummaryView } from '../summary-data';
import { PaperSize, summaryPdf, SummaryPdfOptions } from './pdf/summary-pdf';
import { CsvDelimiter, summaryCsv } from './summary-csv';
import { summaryXlsx } from './summary-xlsx';

export const SUMMARY_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
export type SummaryFileFormat = Exclude<SummaryFormat, 'json'>;
export { PAPER_SIZES, type PaperSize } from './pdf/summary-pdf';

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

/** How the reader wants a document: its language (PDF, XLSX read-me), paper (PDF), delimiter (CSV). */
export interface DocumentRequest {
  language: string;
  paper: PaperSize;
  delimiter: CsvDelimiter;
}

/** A summary as a file to download: CSV (long form), XLSX (a sheet per section) or PDF. */
export async function summaryFile(
  summary: SummaryView,
  format: SummaryFileFormat,
  options: SummaryPdfOptions & { delimiter?: CsvDelimiter },
): Promise<SummaryFile> {
  const render = {
    csv: () => summaryCsv(summary, options.delimiter),
    xlsx: () => summaryXlsx(summary),
    pdf: () => summaryPdf(summary, options),
  }[format];
  return {
    contentType: SUMMARY_CONTENT_TYPES[format],
    filename: `gcm9-${summary.process}-${summary.period}.${format}`,
    body: await render(),
  };
}
