import type {
  ContentChange,
  IndicatorDocument,
  IndicatorValueInput,
  ReportDraft,
  WorkflowState,
} from '@app/domain';

/** A problem found in the file, where the user can find it: `'(d)'!C7` or `line 12`. */
export interface CellError {
  ref: string;
  message: string;
}

export interface ReportKey {
  country: string;
  period: string;
  action: string;
}

export interface IndicatorSetKey {
  country: string;
  period: string;
}

/** The two kinds of record a file brings in: reports, and a country's indicator values. */
export type ImportedKind = 'report' | 'indicator_values';

interface ImportedRecord {
  /** The version the file was made from; null when the record did not exist then. */
  downloadedVersion: number | null;
  /** Where each field came from (`status`, `checklist.2.answer`, `values[1].total`…). */
  refs: Record<string, string>;
  /** Where the record as a whole came from (its sheet, or its first CSV line). */
  origin: string;
  /** Bulk CSV (administrators): submit the record once saved. */
  submit: boolean;
}

/** One report as a file holds it, before validation: raw values and where each came from. */
export interface ImportedReport extends ImportedRecord {
  kind: 'report';
  key: ReportKey;
  draft: Record<string, unknown>;
}

/**
 * A country's indicator values for a period as a file holds them: the cells read as counts
 * (blank: no data), and the cells that could not be.
 */
export interface ImportedIndicatorSet extends ImportedRecord {
  kind: 'indicator_values';
  key: IndicatorSetKey;
  values: IndicatorValueInput[];
  errors: CellError[];
}

/** What a reader made of a file: its records, and what it could not read. */
export interface ParsedFile {
  reports: ImportedReport[];
  indicatorSets: ImportedIndicatorSet[];
  errors: CellError[];
}

export type RecordOutcome = 'created' | 'changed' | 'unchanged' | 'refused';

export interface RecordPreview {
  kind: ImportedKind;
  country: string;
  period: string;
  /** The report's action; null for indicator values. */
  action: string | null;
  outcome: RecordOutcome;
  /** The version the file was made from, and the version now. */
  downloadedVersion: number | null;
  currentVersion: number | null;
  currentState: WorkflowState | null;
  /** Field by field, what applying would change. */
  changes: ContentChange[];
  errors: CellError[];
  /** Someone saved the record after the file was downloaded: it is never overwritten. */
  conflict: boolean;
  /** The validated draft that applying saves (accepted records only). */
  draft: ReportDraft | IndicatorDocument | null;
  /** Applying submits the record after saving it (bulk CSV, administrators only). */
  submit: boolean;
}

export interface ImportPreview {
  records: RecordPreview[];
  /** Problems of the file as a whole (a sheet it could not read, a cap reached…). */
  errors: CellError[];
  counts: Record<RecordOutcome, number>;
}

export type ImportState =
  'queued' | 'processing' | 'previewed' | 'failed' | 'applied' | 'discarded';

export type ImportFileType = 'xlsx' | 'csv';

/** What applying wrote, and what it refused at the last moment (saved since the preview). */
export interface ImportResult {
  written: Array<RecordName & { version: number }>;
  conflicts: Array<RecordName & { message: string }>;
}

/** A record as a result names it (action null: indicator values). */
export interface RecordName {
  kind: ImportedKind;
  country: string;
  period: string;
  action: string | null;
}

/** The uploader as the worker judges the file: the scopes they had when they uploaded it. */
export interface Uploader {
  id: string;
  email: string;
  role: 'admin' | 'focal_point' | 'coordinator' | 'analyst';
  locale: 'en' | 'es' | 'fr';
  countries: string[];
  coordinatedCountries: string[];
}
