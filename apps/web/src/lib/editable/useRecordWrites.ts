import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, type ApiResult } from '../../api/client';
import type { Transition, TransitionNote } from '../../api/endpoints';
import { RECORD_LISTS } from '../../api/queries';
import { same } from '../same';
import { resultEtag, type EditorState, type VersionedRecord } from './editorState';

export interface RecordApi<R, F> {
  load(signal?: AbortSignal): Promise<ApiResult<R> | null>;
  save(form: F, ifMatch: string | null): Promise<ApiResult<R>>;
  transition(
    name: Transition,
    ifMatch: string | null,
    note?: TransitionNote,
  ): Promise<ApiResult<R>>;
}

/**
 * After a refused write: the latest version, shown as a conflict when it differs from `mine`
 * (never saved over), or the refusal itself when it is not someone else's save.
 */
async function showRefusal<R extends VersionedRecord, F>(
  editor: EditorState<R, F>,
  api: RecordApi<R, F>,
  mine: F,
  failure: ApiError,
): Promise<void> {
  let latest: ApiResult<R> | null;
  try {
    latest = await api.load();
  } catch (loadFailure) {
    editor.setError(loadFailure);
    return;
  }
  const theirs = latest?.data ?? null;
  const ours = editor.recordRef.current;
  if (failure.status === 409 && (theirs?.version ?? null) === (ours?.version ?? null)) {
    // Not someone else's save: the state or a closed period refuses it.
    editor.setError(failure);
  } else if (same(editor.formOf(theirs), mine)) {
    // Saved meanwhile with exactly our content: nothing to choose.
    editor.applyRecord(latest);
    editor.forgetDraft();
  } else editor.setConflict({ mine, theirs, theirsEtag: resultEtag(latest) });
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
    mutationFn: (edit: { form: F; ifMatch: string | null }) => api.save(edit.form, edit.ifMatch),
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
      const ifMatch = editor.recordRef.current ? editor.etagRef.current : null;
      const result = await saving.mutateAsync({ form: mine, ifMatch });
      // Typing that happened while saving stays in the form (and in storage).
      const typedMeanwhile = editor.formRef.current !== mine;
      editor.applyRecord(result, typedMeanwhile);
      if (typedMeanwhile) editor.keepDraft(editor.formRef.current, result.data.version);
      else editor.forgetDraft();
      editor.setStatus({ kind: 'saved', at: new Date().toISOString() });
      return true;
    } catch (failure) {
      editor.setStatus({ kind: 'failed' });
      if (failure instanceof ApiError && failure.isConflict)
        await showRefusal(editor, api, mine, failure);
      else editor.setError(failure);
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
