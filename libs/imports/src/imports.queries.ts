import { sqlRow } from '@app/database';
import type { EntityManager } from 'typeorm';
import type {
  ImportFileType,
  ImportPreview,
  ImportResult,
  ImportState,
  Uploader,
} from './import-types';

export interface ImportRow {
  id: string;
  uploaded_by: string;
  uploader: Uploader;
  file_name: string;
  file_type: ImportFileType;
  state: ImportState;
  progress: number;
  preview: ImportPreview | null;
  failure: string | null;
  result: ImportResult | null;
  created_at: Date;
  updated_at: Date;
  applied_at: Date | null;
}

const COLUMNS = `id, uploaded_by, uploader, file_name, file_type, state, progress, preview, failure,
                 result, created_at, updated_at, applied_at`;

export async function insertImport(
  db: EntityManager,
  uploader: Uploader,
  fileName: string,
  fileType: ImportFileType,
  file: Buffer,
): Promise<ImportRow> {
  return (await sqlRow<ImportRow>(
    db,
    `INSERT INTO import_batch (uploaded_by, uploader, file_name, file_type, file)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [uploader.id, JSON.stringify(uploader), fileName, fileType, file],
  ))!;
}

/** The import; `lock` holds it for the rest of the transaction (apply, discard). */
export function selectImport(
  db: EntityManager,
  id: string,
  lock: 'lock' | 'read' = 'read',
): Promise<ImportRow | undefined> {
  return sqlRow<ImportRow>(
    db,
    `SELECT ${COLUMNS} FROM import_batch WHERE id = $1 ${lock === 'lock' ? 'FOR UPDATE' : ''}`,
    [id],
  );
}

/** The uploaded file, for the worker: only while it waits for (or is in) its preview. */
export function selectImportFile(
  db: EntityManager,
  id: string,
): Promise<{ file: Buffer; file_type: ImportFileType; uploader: Uploader } | undefined> {
  return sqlRow(
    db,
    `UPDATE import_batch SET state = 'processing', updated_at = now()
      WHERE id = $1 AND state IN ('queued', 'processing') AND file IS NOT NULL
      RETURNING file, file_type, uploader`,
    [id],
  );
}

export async function updateImportProgress(
  db: EntityManager,
  id: string,
  progress: number,
): Promise<void> {
  await sqlRow(
    db,
    `UPDATE import_batch SET progress = $2, updated_at = now() WHERE id = $1 AND state = 'processing'
     RETURNING id`,
    [id, progress],
  );
}

/** The preview is stored once; a retried job finding it stored leaves it. */
export async function storePreview(
  db: EntityManager,
  id: string,
  preview: ImportPreview,
): Promise<void> {
  await sqlRow(
    db,
    `UPDATE import_batch SET state = 'previewed', progress = 100, preview = $2, updated_at = now()
      WHERE id = $1 AND state = 'processing' RETURNING id`,
    [id, JSON.stringify(preview)],
  );
}

export async function storeFailure(db: EntityManager, id: string, failure: string): Promise<void> {
  await sqlRow(
    db,
    `UPDATE import_batch SET state = 'failed', failure = $2, file = NULL, updated_at = now()
      WHERE id = $1 AND state IN ('queued', 'processing') RETURNING id`,
    [id, failure],
  );
}

/** Applied: the file is no longer needed, the outcome is kept. */
export async function storeResult(
  db: EntityManager,
  id: string,
  result: ImportResult,
): Promise<void> {
  await sqlRow(
    db,
    `UPDATE import_batch SET state = 'applied', result = $2, file = NULL, applied_at = now(),
            updated_at = now()
      WHERE id = $1 RETURNING id`,
    [id, JSON.stringify(result)],
  );
}

export async function markDiscarded(db: EntityManager, id: string): Promise<void> {
  await sqlRow(
    db,
    `UPDATE import_batch SET state = 'discarded', file = NULL, preview = NULL, updated_at = now()
      WHERE id = $1 RETURNING id`,
    [id],
  );
}
