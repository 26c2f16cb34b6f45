import type { Actor } from '@app/auth';
import { NotFound } from '@app/problems';
import type { ImportFileType, ImportPreview, ImportResult, ImportState } from './import-types';
import type { ImportRow } from './imports.queries';

export interface ImportView {
  id: string;
  fileName: string;
  fileType: ImportFileType;
  state: ImportState;
  progress: number;
  uploadedBy: string;
  createdAt: string;
  appliedAt: string | null;
  failure: string | null;
  preview: ImportPreview | null;
  result: ImportResult | null;
}

export const importView = (row: ImportRow): ImportView => ({
  id: row.id,
  fileName: row.file_name,
  fileType: row.file_type,
  state: row.state,
  progress: row.progress,
  uploadedBy: row.uploader.email,
  createdAt: row.created_at.toISOString(),
  appliedAt: row.applied_at?.toISOString() ?? null,
  failure: row.failure,
  preview: row.preview,
  result: row.result,
});

/** Only the uploader or an admin sees an import; to anyone else it does not exist. */
export function visibleImport(actor: Actor, row: ImportRow | undefined, id: string): ImportRow {
  if (!row || (row.uploaded_by !== actor.id && actor.role !== 'admin'))
    throw new NotFound(`No import ${id}`);
  return row;
}
