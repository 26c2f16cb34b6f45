import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { same } from '../same';
import { startFrom, useEditorState, type VersionedRecord } from './editorState';
import { resolvedRecord, type PartChoice, type RecordDocument } from './recordMerge';
import { useRecordWrites, type RecordApi } from './useRecordWrites';

export type { Conflict, SaveStatus } from './editorState';
export type { PartChoice } from './recordMerge';
export type EditableRecord<R extends VersionedRecord, F> = ReturnType<
  typeof useEditableRecord<R, F>
>;

export interface EditableConfig<R, F> extends RecordApi<R, F> {
  userId: string;
  /** Names the record in this browser's storage of unsaved forms, e.g. `report.MEX/2025/d`. */
  draftKey: string;
  toForm(record: R | null): F;
  /** The record as the API patches it, and its parts. */
  document: RecordDocument<R, F>;
}

/**
 * One versioned record being edited: loads it (a query, read afresh on each visit), keeps the
 * typing in localStorage until it is saved, saves what changed (a JSON Patch from the version the
 * form started from), and when someone saved since merges part by part: only the parts both
 * changed wait for the user's choice, nothing is overwritten. Shared by the report form and the
 * indicator table.
 */
export function useEditableRecord<R extends VersionedRecord, F>(config: EditableConfig<R, F>) {
  const { userId, draftKey } = config;
  const configRef = useRef(config);
  configRef.current = config;
  const api: RecordApi<R, F> = {
    load: (signal) => configRef.current.load(signal),
    save: (form, ifMatch) => configRef.current.save(form, ifMatch),
    patch: (operations, ifMatch, form) => configRef.current.patch(operations, ifMatch, form),
    transition: (name, ifMatch, note) => configRef.current.transition(name, ifMatch, note),
  };
  const editor = useEditorState<R, F>(userId, draftKey, config.toForm, config.document);
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
  /**
   * The choice for each part both changed: the merge becomes an edit of the saved version (its
   * ETag) and is saved, or left in the form when some part is to be edited further.
   */
  const resolve = async (choices: Record<string, PartChoice>) => {
    if (!conflict) return;
    const merged = editor.formOf(resolvedRecord(editor.document, conflict, choices));
    editor.applyRecord({ data: conflict.theirs, etag: conflict.theirsEtag }, true);
    editor.showForm(merged);
    editor.keepDraft(merged);
    editor.setConflict(null);
    editor.setRestored(false);
    if (Object.values(choices).includes('edit')) editor.setStatus({ kind: 'idle' });
    else await save();
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
    resolve,
    status: editor.status,
    error: editor.error,
    fieldErrors: editor.error instanceof ApiError ? editor.error.byField : {},
    busy,
    save,
    run,
  };
}
