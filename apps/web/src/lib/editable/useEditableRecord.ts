import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { same } from '../same';
import { startFrom, useEditorState, type VersionedRecord } from './editorState';
import { useRecordWrites, type RecordApi } from './useRecordWrites';

export type { Conflict, SaveStatus } from './editorState';
export type EditableRecord<R extends VersionedRecord, F> = ReturnType<
  typeof useEditableRecord<R, F>
>;

export interface EditableConfig<R, F> extends RecordApi<R, F> {
  userId: string;
  /** Names the record in this tab's storage of unsaved forms, e.g. `report.MEX/2025/d`. */
  draftKey: string;
  toForm(record: R | null): F;
}

/**
 * One versioned record being edited: loads it (a query, read afresh on each visit), keeps the
 * typing in sessionStorage until it is saved, saves with If-Match, and on 409/412/428 shows the
 * conflict (both versions) instead of overwriting. Shared by the report form and the indicator
 * table.
 */
export function useEditableRecord<R extends VersionedRecord, F>(config: EditableConfig<R, F>) {
  const { userId, draftKey } = config;
  const configRef = useRef(config);
  configRef.current = config;
  const api: RecordApi<R, F> = {
    load: (signal) => configRef.current.load(signal),
    save: (form, ifMatch) => configRef.current.save(form, ifMatch),
    transition: (name, ifMatch, note) => configRef.current.transition(name, ifMatch, note),
  };
  const editor = useEditorState<R, F>(userId, draftKey, config.toForm);
  const { save, run, busy } = useRecordWrites(editor, api);

  const loaded = useQuery({
    queryKey: ['record', userId, draftKey],
    queryFn: ({ signal }) => api.load(signal),
    gcTime: 0,
  });
  // Each answer of the load, once: the form starts from it.
  const [startedAt, setStartedAt] = useState(0);
  const editorRef = useRef(editor);
  editorRef.current = editor;
  useEffect(() => {
    if (loaded.status !== 'success' || loaded.dataUpdatedAt === startedAt) return;
    setStartedAt(loaded.dataUpdatedAt);
    startFrom(editorRef.current, loaded.data);
  }, [loaded.status, loaded.data, loaded.dataUpdatedAt, startedAt]);

  const { conflict } = editor;
  /** Keep my version: it becomes an edit of the saved one (its ETag), and is saved again. */
  const keepMine = async () => {
    if (!conflict) return;
    editor.applyRecord(
      conflict.theirs && { data: conflict.theirs, etag: conflict.theirsEtag },
      true,
    );
    editor.showForm(conflict.mine);
    editor.setConflict(null);
    editor.setRestored(false);
    await save();
  };
  /** Take the saved version: my unsaved changes are dropped. */
  const takeTheirs = () => {
    if (!conflict) return;
    editor.applyRecord(conflict.theirs && { data: conflict.theirs, etag: conflict.theirsEtag });
    editor.forgetDraft();
    editor.setConflict(null);
    editor.setRestored(false);
    editor.setStatus({ kind: 'idle' });
  };
  const discardRestored = () => {
    editor.forgetDraft();
    editor.showForm(editor.savedForm());
    editor.setRestored(false);
  };

  return {
    record: editor.record,
    form: editor.form,
    setForm: editor.setForm,
    dirty: !same(editor.form, config.toForm(editor.record)),
    loading: loaded.isFetching || (loaded.isSuccess && loaded.dataUpdatedAt !== startedAt),
    loadError: loaded.isError && !loaded.isFetching ? loaded.error : null,
    reload: () => void loaded.refetch(),
    restored: editor.restored,
    discardRestored,
    conflict,
    keepMine,
    takeTheirs,
    status: editor.status,
    error: editor.error,
    fieldErrors: editor.error instanceof ApiError ? editor.error.byField : {},
    busy,
    save,
    run,
  };
}
