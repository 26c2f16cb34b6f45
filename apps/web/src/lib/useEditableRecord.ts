import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, etagOf, type ApiResult } from '../api/client';
import type { Transition } from '../api/endpoints';
import type { WorkflowState } from '../api/types';
import { deleteDraft, readDraft, writeDraft } from './drafts';
import { same } from './same';

export interface VersionedRecord {
  version: number;
  state: WorkflowState;
}

export interface EditableConfig<R extends VersionedRecord, F> {
  userId: string;
  /** Names the record in this tab's storage of unsaved forms, e.g. `report.MEX/2025/d`. */
  draftKey: string;
  load(signal?: AbortSignal): Promise<ApiResult<R> | null>;
  save(form: F, ifMatch: string | null): Promise<ApiResult<R>>;
  transition(
    name: Transition,
    ifMatch: string | null,
    body?: { comment?: string; reason?: string },
  ): Promise<ApiResult<R>>;
  toForm(record: R | null): F;
}

export interface Conflict<R, F> {
  mine: F;
  theirs: R | null;
  theirsEtag: string | null;
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'done'; transition: Transition }
  | { kind: 'failed' };

/**
 * One versioned record being edited: loads it, keeps the typing in sessionStorage until it is
 * saved, saves with If-Match, and on 409/412/428 shows the conflict (both versions) instead of
 * overwriting. Shared by the report form and the indicator table.
 */
export function useEditableRecord<R extends VersionedRecord, F>(config: EditableConfig<R, F>) {
  const configRef = useRef(config);
  configRef.current = config;
  const { userId, draftKey } = config;

  const [record, setRecord] = useState<R | null>(null);
  const [form, setFormState] = useState<F>(() => config.toForm(null));
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [restored, setRestored] = useState(false);
  const [conflict, setConflict] = useState<Conflict<R, F> | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);

  const recordRef = useRef<R | null>(null);
  const etagRef = useRef<string | null>(null);
  const formRef = useRef<F>(form);

  const applyRecord = useCallback((result: ApiResult<R> | null, replaceForm: boolean) => {
    const next = result?.data ?? null;
    recordRef.current = next;
    etagRef.current = result ? (result.etag ?? etagOf(result.data.version)) : null;
    setRecord(next);
    if (replaceForm) {
      const fresh = configRef.current.toForm(next);
      formRef.current = fresh;
      setFormState(fresh);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setLoadError(null);
    setConflict(null);
    setRestored(false);
    setStatus({ kind: 'idle' });
    setError(null);
    configRef.current.load(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        applyRecord(result, true);
        const local = readDraft<F>(userId, draftKey);
        const serverForm = configRef.current.toForm(result?.data ?? null);
        if (local && !same(local.form, serverForm)) {
          if (local.baseVersion === (result?.data.version ?? null)) {
            // Typing kept from before a reload or an expired session: back in the form.
            formRef.current = local.form;
            setFormState(local.form);
            setRestored(true);
          } else {
            // Saved by someone else since: both versions, the user decides.
            setConflict({
              mine: local.form,
              theirs: result?.data ?? null,
              theirsEtag: etagRef.current,
            });
          }
        } else if (local) deleteDraft(userId, draftKey);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setLoadError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [userId, draftKey, generation, applyRecord]);

  const setForm = useCallback(
    (update: F | ((previous: F) => F)) => {
      const next = typeof update === 'function' ? (update as (p: F) => F)(formRef.current) : update;
      formRef.current = next;
      setFormState(next);
      setStatus((s) => (s.kind === 'saved' || s.kind === 'done' ? { kind: 'idle' } : s));
      const serverForm = configRef.current.toForm(recordRef.current);
      if (same(next, serverForm)) deleteDraft(userId, draftKey);
      else writeDraft(userId, draftKey, next, recordRef.current?.version ?? null);
    },
    [userId, draftKey],
  );

  /** After a refused write: the latest version, as a conflict when it differs from ours. */
  const openConflict = useCallback(
    async (mine: F, failure: ApiError): Promise<void> => {
      let latest: ApiResult<R> | null;
      try {
        latest = await configRef.current.load();
      } catch (loadFailure) {
        setError(loadFailure);
        return;
      }
      const ourVersion = recordRef.current?.version ?? null;
      const theirVersion = latest?.data.version ?? null;
      if (failure.status === 409 && theirVersion === ourVersion) {
        // Not someone else's save: the state or a closed period refuses it.
        setError(failure);
        return;
      }
      const theirs = latest?.data ?? null;
      if (same(configRef.current.toForm(theirs), mine)) {
        // Saved meanwhile with exactly our content: nothing to choose.
        applyRecord(latest, true);
        deleteDraft(userId, draftKey);
        return;
      }
      setConflict({
        mine,
        theirs,
        theirsEtag: latest ? (latest.etag ?? etagOf(theirVersion)) : null,
      });
    },
    [applyRecord, userId, draftKey],
  );

  const save = useCallback(async (): Promise<boolean> => {
    const mine = formRef.current;
    writeDraft(userId, draftKey, mine, recordRef.current?.version ?? null);
    setBusy(true);
    setError(null);
    setStatus({ kind: 'saving' });
    try {
      const result = await configRef.current.save(mine, recordRef.current ? etagRef.current : null);
      // Typing that happened while saving stays in the form (and in storage).
      const typedMeanwhile = formRef.current !== mine;
      applyRecord(result, !typedMeanwhile);
      if (typedMeanwhile) writeDraft(userId, draftKey, formRef.current, result.data.version);
      else deleteDraft(userId, draftKey);
      setStatus({ kind: 'saved', at: new Date().toISOString() });
      return true;
    } catch (failure) {
      setStatus({ kind: 'failed' });
      if (failure instanceof ApiError && failure.isConflict) await openConflict(mine, failure);
      else setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }, [applyRecord, openConflict, userId, draftKey]);

  const run = useCallback(
    async (name: Transition, body?: { comment?: string; reason?: string }): Promise<boolean> => {
      if (name === 'submit') {
        const dirty = !same(formRef.current, configRef.current.toForm(recordRef.current));
        if ((dirty || !recordRef.current) && !(await save())) return false;
      }
      setBusy(true);
      setError(null);
      setStatus({ kind: 'saving' });
      try {
        const result = await configRef.current.transition(name, etagRef.current, body);
        applyRecord(result, true);
        deleteDraft(userId, draftKey);
        setStatus({ kind: 'done', transition: name });
        return true;
      } catch (failure) {
        setStatus({ kind: 'failed' });
        if (name === 'submit' && failure instanceof ApiError && failure.status === 412)
          await openConflict(formRef.current, failure);
        else {
          setError(failure);
          // The record may have moved on (someone else reviewed it): show where it is now.
          if (failure instanceof ApiError && (failure.status === 409 || failure.status === 412))
            configRef.current.load().then(
              (latest) => applyRecord(latest, true),
              () => undefined,
            );
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [applyRecord, openConflict, save, userId, draftKey],
  );

  /** Keep my version: it becomes an edit of the saved one (its ETag), and is saved again. */
  const keepMine = useCallback(async () => {
    if (!conflict) return;
    const theirs = conflict.theirs;
    recordRef.current = theirs;
    etagRef.current = conflict.theirsEtag;
    setRecord(theirs);
    formRef.current = conflict.mine;
    setFormState(conflict.mine);
    setConflict(null);
    setRestored(false);
    await save();
  }, [conflict, save]);

  /** Take the saved version: my unsaved changes are dropped. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    applyRecord(
      conflict.theirs ? { data: conflict.theirs, etag: conflict.theirsEtag, status: 200 } : null,
      true,
    );
    deleteDraft(userId, draftKey);
    setConflict(null);
    setRestored(false);
    setStatus({ kind: 'idle' });
  }, [applyRecord, conflict, userId, draftKey]);

  const discardRestored = useCallback(() => {
    deleteDraft(userId, draftKey);
    const fresh = configRef.current.toForm(recordRef.current);
    formRef.current = fresh;
    setFormState(fresh);
    setRestored(false);
  }, [userId, draftKey]);

  const dirty = !same(form, config.toForm(record));
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    record,
    form,
    setForm,
    dirty,
    loading,
    loadError,
    reload,
    restored,
    discardRestored,
    conflict,
    keepMine,
    takeTheirs,
    status,
    error,
    fieldErrors: error instanceof ApiError ? error.byField : {},
    busy,
    save,
    run,
  };
}
