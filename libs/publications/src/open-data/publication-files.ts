import { csvText } from '@app/summaries';
import type { PublishedSummaryView } from '../publication-views';
import { memberLevelObservations, PUBLIC_COLUMNS, publicObservations } from './public-observations';
import { publicationXlsx } from './publication-xlsx';
import { sdmxCsv } from './sdmx-csv';

export const OPEN_DATA_FORMATS = ['csv', 'json', 'xlsx', 'sdmx'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

export const OPEN_DATA_CONTENT_TYPES: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sdmx: 'application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8',
};

export interface OpenDataFile {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

/** A publication as an open-data file, under CC BY 4.0. */
export async function openDataFile(
  published: PublishedSummaryView,
  format: OpenDataFormat,
): Promise<OpenDataFile> {
  const { process, period } = published.summary;
  const base = `gcm9-${process}-${period}-v${published.publication.version}`;
  const rows = () => [
    ...publicObservations(published.summary),
    ...memberLevelObservations(published.summary, published.memberLevels),
  ];
  const render = {
    csv: () => csvText(PUBLIC_COLUMNS, rows()),
    json: () => JSON.stringify(published),
    xlsx: () => publicationXlsx(published, rows()),
    sdmx: () => sdmxCsv(published.summary),
  }[format];
  const extension = format === 'sdmx' ? 'sdmx.csv' : format;
  return {
    contentType: OPEN_DATA_CONTENT_TYPES[format],
    filename: `${base}.${extension}`,
    body: await render(),
  };
}
