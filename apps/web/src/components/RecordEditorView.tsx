// The body of a record's page (a report, indicator values) under its heading: its status, then the
// conflict screen, the form, or the saved record read-only, and the actions bar.
import { useEffect, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { PeriodView } from '../api/generated/api';
import { useI18n } from '../i18n';
import type { EditableRecord } from '../lib/editable/useEditableRecord';
import type { RecordAccess } from '../lib/permissions';
import { useMe } from '../lib/session';
import { ConfirmButton } from './ConfirmButton';
import { ConflictView, type PartDescriber } from './ConflictView';
import { ErrorNotice, Loading, Notice } from './feedback';
import { ReadOnlyRecord, RecordActions, RestoredNotice } from './RecordPage';
import { RecordStatus, saveStatusText, saveStatusTone, type SavedRecord } from './RecordStatus';

export interface RecordEditorProps<R extends SavedRecord, F> {
  editor: EditableRecord<R, F>;
  access: RecordAccess;
  period: PeriodView | undefined;
  form: { id: string; label: string; ref: RefObject<HTMLFormElement | null> };
  statusRef: RefObject<HTMLParagraphElement | null>;
  /** Notices about the saved record, under its status. */
  notices?: ReactNode;
  /** The form's fields (and what the browser found wrong in them). */
  fields: ReactNode;
  /** The saved record, for those who cannot change it now. */
  saved: ReactNode;
  /** What the record is when there is none yet. */
  none: string;
  /** How the conflict screen names the record's parts and shows their values. */
  describePart: PartDescriber;
  onSave(event: FormEvent): void;
  /** What the browser can tell before the user is asked to confirm a submission. */
  checkSubmit(): boolean;
  /** The submission, confirmed. */
  onSubmit(): void;
  submitHint?: string;
  /** The actions bar stays in view (long forms). */
  sticky?: boolean;
}

/**
 * While saving, the save button is disabled, and the browser drops its focus: once the save is
 * over, the focus goes back to the control that saved (the button, or the field where Enter was
 * pressed), unless something took it meanwhile (the first field with a problem).
 */
function useFocusBackAfterSave(busy: boolean) {
  const trigger = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (busy || !trigger.current) return;
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (focusLost && trigger.current.isConnected) trigger.current.focus();
    trigger.current = null;
  }, [busy]);
  return (event: FormEvent) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    trigger.current = submitter ?? (document.activeElement as HTMLElement | null);
  };
}

export function RecordEditorView<R extends SavedRecord, F>(props: RecordEditorProps<R, F>) {
  const { t, dateTime } = useI18n();
  const { editor, access } = props;
  const rememberTrigger = useFocusBackAfterSave(editor.busy);
  if (editor.loading) return <Loading />;
  if (editor.loadError !== null)
    return <ErrorNotice error={editor.loadError} onRetry={editor.reload} />;
  return (
    <>
      <RecordStatus record={editor.record} period={props.period} />
      {props.notices}
      {editor.restored && <RestoredNotice onDiscard={editor.discardRestored} />}
      <RecordBody
        {...props}
        onSave={(event) => {
          rememberTrigger(event);
          props.onSave(event);
        }}
      />
      <RecordActions
        message={saveStatusText(t, editor.status, dateTime)}
        tone={saveStatusTone(editor.status)}
        statusRef={props.statusRef}
        editing={!editor.conflict && access.editable}
        sticky={props.sticky}
      >
        {editor.dirty && <p className="unsaved">{t('report.unsaved')}</p>}
        <div className="button-row">
          <button
            type="submit"
            form={props.form.id}
            className="button secondary"
            disabled={editor.busy}
          >
            {t('report.saveDraft')}
          </button>
          <ConfirmButton
            className="button primary"
            disabled={editor.busy}
            title={t('confirm.submit.title')}
            body={t('confirm.submit.body')}
            confirm={t('confirm.submit.confirm')}
            ready={props.checkSubmit}
            onConfirm={props.onSubmit}
          >
            {t('report.submit')}
          </ConfirmButton>
        </div>
        {props.submitHint && <p className="hint">{props.submitHint}</p>}
      </RecordActions>
    </>
  );
}

/** The parts both changed after a conflict; else the form, or the saved record when it cannot change. */
function RecordBody<R extends SavedRecord, F>(props: RecordEditorProps<R, F>) {
  const { editor, access, form } = props;
  const me = useMe();
  if (editor.conflict)
    return (
      <ConflictView
        conflicts={editor.conflict.conflicts}
        theirs={editor.conflict.theirs}
        byMe={editor.conflict.theirs.updatedBy === me.email}
        describe={props.describePart}
        busy={editor.busy}
        onResolve={(choices) => void editor.resolve(choices)}
      />
    );
  if (access.editable)
    return (
      <form
        id={form.id}
        ref={form.ref}
        tabIndex={-1}
        onSubmit={props.onSave}
        noValidate
        aria-label={form.label}
      >
        {props.fields}
        {editor.error !== null && <ErrorNotice error={editor.error} />}
      </form>
    );
  if (editor.record)
    return (
      <ReadOnlyRecord
        state={editor.record.state}
        access={access}
        busy={editor.busy}
        error={editor.error}
        onTransition={editor.run}
      >
        {props.saved}
      </ReadOnlyRecord>
    );
  return <Notice kind="info">{props.none}</Notice>;
}
