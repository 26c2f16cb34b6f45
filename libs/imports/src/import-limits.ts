/**
 * Caps on what an upload may hold, checked before anything is loaded in full: a small file can
 * unzip to gigabytes or claim a sheet of a million rows.
 */
export const IMPORT_LIMITS = {
  /** The upload itself. */
  fileBytes: 5 * 1024 * 1024,
  /** Every part of an XLSX together, uncompressed. */
  unzippedBytes: 40 * 1024 * 1024,
  /** One part, uncompressed (a sheet, the shared strings). */
  partBytes: 15 * 1024 * 1024,
  /** Parts in the archive. */
  zipEntries: 200,
  /** Rows and columns a sheet may declare or hold. */
  sheetRows: 2000,
  sheetColumns: 50,
  sharedStrings: 100_000,
  /** Lines of a CSV. */
  csvLines: 50_000,
} as const;
