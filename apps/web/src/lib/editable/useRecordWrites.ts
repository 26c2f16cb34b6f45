import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, type ApiResult } from '../../api/client';
import type { Transition, TransitionNote } from '../../api/endpoints';
import { RECORD_LISTS } from '../../api/queries';
import { same } from '../same';
import { mergeIntoForm, type EditorState, type VersionedRecord } from './editorState';
import { mergeWithSaved, patchFrom, type JsonPatch } from './recordMerge';

export interface RecordApi<R, F> {
  load(signal?: AbortSignal): Promise<ApiResult<R> | null>;
  /** Creates the record (PUT without If-Match). */
  save(form: F, ifMatch: string | null): Promise<ApiResult<R>>;
  /** Saves only what changed since the version in If-Match (PATCH): `form` made the patch. */
  patch(operations: JsonPatch, ifMatch: string, form: F): Promise<ApiResult<R>>;
  transition(
    name: Transition,
    ifMatch: string | null,
    note?: TransitionNote,
  ): Promise<ApiResult<R>>;
}

/**
 * After a refused write: the latest version with `mine` merged in against the version it was
 * typed from (never saved over), or the refusal itself when it is not someone else's save.
 * True when it merged without conflict, so the merge can be saved.
 */
async function showRefusal<R extends VersionedRecord, F>(
  editor: EditorState<R, F>,
  api: RecordApi<R, F>,
  mine: F,
  failure: ApiError,
): Promise<boolean> {
  let latest: ApiResult<R> | null;
  try {
    latest = await api.load();
  } catch (loadFailure) {
    editor.setError(loadFailure);
    return false;
  }
  const ours = editor.recordRef.current;
  if (!latest || (failure.status === 409 && latest.data.version === (ours?.version ?? null))) {
    // Not someone else's save: the state or a closed period refuses it.
    editor.setError(failure);
    return false;
  }
  if (same(editor.formOf(latest.data), mine)) {
    // Saved meanwhile with exactly our content: nothing to choose.
    editor.applyRecord(latest);
    editor.forgetDraft(mine);
    return false;
  }
  const base = ours && editor.document.ofRecord(ours);
  return mergeIntoForm(editor, latest, mergeWithSaved(editor.document, base, mine, latest.data));
}

/**
 * Saving and moving the record through its workflow, as mutations (which mark the lists that show
 * records stale). The typing stays in storage until the API has it; a refusal shows the conflict.
 */
export function useRecordWrites<R extends VersionedRecord, F>(
  editor: EditorState<R, F>,
  api: RecordApi<R, F>,
) {
  const queryClient = useQueryClient();
  const onSuccess = () => {
    for (const queryKey of RECORD_LISTS) void queryClient.invalidateQueries({ queryKey });
  };
  const saving = useMutation({
    mutationFn: (form: F) => {
      const base = editor.recordRef.current;
      const etag = editor.etagRef.current;
      if (!base || !etag) return api.save(form, null);
      // Only what changed since the version the form started from: two windows keep both.
      const operations = patchFrom(editor.document, base, form);
      return operations.length > 0
        ? api.patch(operations, etag, form)
        : Promise.resolve({ data: base, etag });
    },
    onSuccess,
  });
  const moving = useMutation({
    mutationFn: (move: { name: Transition; note?: TransitionNote }) =>
      api.transition(move.name, editor.etagRef.current, move.note),
    onSuccess,
  });

  const save = async (): Promise<boolean> => {
    const mine = editor.formRef.current;
    editor.keepDraft(mine);
    editor.setError(null);
    editor.setStatus({ kind: 'saving' });
    try {
      const result = await saving.mutateAsync(mine);
      // Typing that happened while saving stays in the form (and in storage).
      const typedMeanwhile = editor.formRef.current !== mine;
      editor.applyRecord(result, typedMeanwhile);
      if (typedMeanwhile) editor.keepDraft(editor.formRef.current, result.data);
      else editor.forgetDraft(mine);
      editor.setStatus({ kind: 'saved', at: new Date().toISOString() });
      return true;
    } catch (failure) {
      editor.setStatus({ kind: 'failed' });
      if (!(failure instanceof ApiError && failure.isConflict)) editor.setError(failure);
      // Merged with a save made since, without conflict: saved again, from that version.
      else if (await showRefusal(editor, api, mine, failure)) return save();
      return false;
    }
  };

  /** A transition; submitting saves the form first when it has changes (or nothing is saved). */
  const run = async (name: Transition, note?: TransitionNote): Promise<boolean> => {
    const unsaved = !editor.recordRef.current || !same(editor.formRef.current, editor.savedForm());
    if (name === 'submit' && unsaved && !(await save())) return false;
    editor.setError(null);
    editor.setStatus({ kind: 'saving' });
    try {
      editor.applyRecord(await moving.mutateAsync({ name, note }));
      editor.forgetDraft();
      editor.setStatus({ kind: 'done', transition: name });
      return true;
    } catch (failure) {
      editor.setStatus({ kind: 'failed' });
      const refused = failure instanceof ApiError ? failure.status : 0;
      if (name === 'submit' && refused === 412)
        await showRefusal(editor, api, editor.formRef.current, failure as ApiError);
      else {
        editor.setError(failure);
        // The record may have moved on (someone else reviewed it): show where it is now.
        if (refused === 409 || refused === 412)
          api.load().then(editor.applyRecord, () => undefined);
      }
      return false;
    }
  };

  return { save, run, busy: saving.isPending || moving.isPending };
}
