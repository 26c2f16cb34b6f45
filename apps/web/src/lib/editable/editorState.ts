import type { WorkflowEvent } from '@app/domain';
import { useRef, useState } from 'react';
import { etagOf, type ApiResult } from '../../api/client';
import type { WorkflowState } from '../../api/codes';
import type { Transition } from '../../api/endpoints';
import { same } from '../same';
import { deleteDraft, readDraft, writeDraft } from './drafts';
import {
  mergeWithSaved,
  resolvedRecord,
  type RecordDocument,
  type RecordMerge,
} from './recordMerge';

export interface VersionedRecord {
  version: number;
  state: WorkflowState;
  /** What the signed-in user may do with it now, as the API says. */
  allowedActions: WorkflowEvent[];
}

/** Parts both this window and a save since changed: the merge waits for a choice per part. */
export interface Conflict<R> extends RecordMerge<R> {
  theirsEtag: string | null;
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'done'; transition: Transition }
  | { kind: 'failed' };

export const resultEtag = <R extends VersionedRecord>(result: ApiResult<R> | null) =>
  result ? (result.etag ?? etagOf(result.data.version)) : null;

/**
 * What the editor of one record holds: the saved record (and its ETag), the form, and what the
 * page says about them. The refs answer at once, for the saves in flight; the states render.
 * Every change of the form is kept in this browser's storage until it is saved.
 */
export function useEditorState<R extends VersionedRecord, F>(
  userId: string,
  draftKey: string,
  toForm: (record: R | null) => F,
  document: RecordDocument<R, F>,
) {
  const [record, setRecord] = useState<R | null>(null);
  const [form, setFormState] = useState<F>(() => toForm(null));
  const [restored, setRestored] = useState(false);
  const [conflict, setConflict] = useState<Conflict<R> | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const recordRef = useRef<R | null>(null);
  const etagRef = useRef<string | null>(null);
  const formRef = useRef<F>(form);
  const toFormRef = useRef(toForm);
  toFormRef.current = toForm;
  const formOf = (saved: R | null) => toFormRef.current(saved);
  const savedForm = () => formOf(recordRef.current);

  const showForm = (next: F) => {
    formRef.current = next;
    setFormState(next);
  };
  /** A version of the record as saved: the form shows it too unless `keepForm`. */
  const applyRecord = (result: ApiResult<R> | null, keepForm = false) => {
    recordRef.current = result?.data ?? null;
    etagRef.current = resultEtag(result);
    setRecord(recordRef.current);
    if (!keepForm) showForm(savedForm());
  };
  /** Forgets the kept typing; once `saved`, only if it is that (not another window's since). */
  const forgetDraft = (saved?: F) =>
    deleteDraft<F>(userId, draftKey, (kept) => saved !== undefined && !same(kept.form, saved));
  const keepDraft = (next: F, base = recordRef.current) =>
    writeDraft(userId, draftKey, next, {
      version: base?.version ?? null,
      document: base ? document.ofRecord(base) : null,
    });

  const keptDraft = () => readDraft<F>(userId, draftKey);

  const setForm = (update: F | ((previous: F) => F)) => {
    const next = typeof update === 'function' ? (update as (p: F) => F)(formRef.current) : update;
    showForm(next);
    setStatus((s) => (s.kind === 'saved' || s.kind === 'done' ? { kind: 'idle' } : s));
    if (same(next, savedForm())) forgetDraft();
    else keepDraft(next);
  };

  return {
    record,
    form,
    restored,
    conflict,
    status,
    error,
    setRestored,
    setConflict,
    setStatus,
    setError,
    setRecord,
    recordRef,
    etagRef,
    formRef,
    formOf,
    savedForm,
    showForm,
    applyRecord,
    forgetDraft,
    keepDraft,
    keptDraft,
    setForm,
    document,
  };
}

export type EditorState<R extends VersionedRecord, F> = ReturnType<typeof useEditorState<R, F>>;

/**
 * The latest saved version, with this window's typing merged in against their common base: the
 * form shows the merge (true), or the conflict screen the parts both changed (false).
 */
export function mergeIntoForm<R extends VersionedRecord, F>(
  editor: EditorState<R, F>,
  latest: ApiResult<R>,
  merge: RecordMerge<R>,
): boolean {
  if (merge.conflicts.length > 0) {
    editor.setConflict({ ...merge, theirsEtag: resultEtag(latest) });
    return false;
  }
  const merged = editor.formOf(resolvedRecord(editor.document, merge, {}));
  editor.applyRecord(latest, true);
  editor.showForm(merged);
  editor.keepDraft(merged);
  return true;
}

/** The record as loaded: the form starts from it, or from the typing kept from before. */
export function startFrom<R extends VersionedRecord, F>(
  editor: EditorState<R, F>,
  result: ApiResult<R> | null,
): void {
  editor.setConflict(null);
  editor.setRestored(false);
  editor.setStatus({ kind: 'idle' });
  editor.setError(null);
  editor.applyRecord(result);
  const local = editor.keptDraft();
  if (!local) return;
  if (same(local.form, editor.savedForm())) editor.forgetDraft();
  else if (!result || local.baseVersion === result.data.version) {
    // Typing kept from before a reload, an expired session, or in another tab: back in the form.
    editor.showForm(local.form);
    editor.setRestored(true);
  } else {
    // Saved since the typing started: merged part by part, the user chooses where both changed.
    const base = local.baseVersion === null ? null : (local.base ?? null);
    const merge = mergeWithSaved(editor.document, base, local.form, result.data);
    if (mergeIntoForm(editor, result, merge)) editor.setRestored(true);
  }
}
