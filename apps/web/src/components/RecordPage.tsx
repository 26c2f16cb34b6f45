// What the report page and the indicator page share: the context they load first, the page while
// it loads, the editor and what the user may do, the breadcrumb, the restored-typing notice, the
// read-only view with the review panel, the actions bar with the one live status, and where the
// focus goes when an action changes the view.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { Link } from 'react-router';
import type { WorkflowState } from '../api/codes';
import type { Transition, TransitionNote } from '../api/endpoints';
import type { PeriodView } from '../api/generated/api';
import { queries } from '../api/queries';
import { useI18n } from '../i18n';
import type { VersionedRecord } from '../lib/editable/editorState';
import {
  useEditableRecord,
  type EditableConfig,
  type SaveStatus,
} from '../lib/editable/useEditableRecord';
import { together, type Loadable } from '../lib/loading';
import { EDITABLE_STATES, recordAccess, type RecordAccess } from '../lib/permissions';
import { useMe } from '../lib/session';
import { ErrorNotice, LiveStatus, Loading, Notice, PageHeading, type StatusTone } from './feedback';
import { ReviewPanel } from './ReviewPanel';

/** The framework, the periods and the country, loaded before the record itself. */
export function useRecordContext(iso3: string) {
  const loaded = together([
    useQuery(queries.framework),
    useQuery(queries.periods),
    useQuery(queries.country(iso3)),
  ]);
  const [framework, periods, country] = loaded.data ?? [];
  return {
    ...loaded,
    data: framework && periods && country ? { framework, periods, country } : undefined,
  };
}

/** The page while its context loads, or when it could not. */
export function RecordContextShell({
  title,
  context,
}: {
  title: string;
  context: Loadable<unknown>;
}) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {context.error !== null ? (
        <ErrorNotice error={context.error} onRetry={context.reload} />
      ) : (
        <Loading />
      )}
    </>
  );
}

/** Back to where the user came from: their reports, the review queue, or the country. */
export function RecordBreadcrumb({
  iso3,
  countryName,
  access,
  current,
}: {
  iso3: string;
  countryName: string;
  access: RecordAccess;
  current: string;
}) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to={access.canWrite ? '/' : access.canReview ? '/review' : `/countries/${iso3}`}>
            {access.canWrite
              ? t('nav.myReports')
              : access.canReview
                ? t('nav.review')
                : countryName}
          </Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** Typing kept from before (a reload, an ended session) is back in the form. */
export function RestoredNotice({ onDiscard }: { onDiscard(): void }) {
  const { t } = useI18n();
  return (
    <Notice kind="info" role="status">
      <p>{t('report.restored')}</p>
      <button type="button" className="button link" onClick={onDiscard}>
        {t('report.discardRestored')}
      </button>
    </Notice>
  );
}

/** A saved record this user cannot change now: why, its content, and the review for reviewers. */
export function ReadOnlyRecord({
  state,
  access,
  busy,
  error,
  onTransition,
  children,
}: {
  state: WorkflowState;
  access: RecordAccess;
  busy: boolean;
  error: unknown;
  onTransition(name: Transition, note?: TransitionNote): Promise<boolean>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {access.canWrite && !access.periodOpen && (
        <Notice kind="info">{t('report.periodClosed')}</Notice>
      )}
      {access.canWrite && access.periodOpen && !EDITABLE_STATES.includes(state) && (
        <Notice kind="info">{t(`report.readOnly.${state}`)}</Notice>
      )}
      {children}
      {error !== null && <ErrorNotice error={error} />}
      <ReviewPanel allowed={access.allowed} busy={busy} onTransition={onTransition} />
    </>
  );
}

/**
 * Under the record in every view (form, read-only, conflict): one live status, never re-inserted,
 * so what an action did is heard even when the action changes the view. While the form is shown,
 * the bar also holds its buttons (tied to it with `form=`).
 */
export function RecordActions({
  message,
  tone,
  statusRef,
  editing,
  sticky = false,
  children,
}: {
  message: string;
  tone: StatusTone;
  statusRef: Ref<HTMLParagraphElement>;
  editing: boolean;
  sticky?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={editing ? `form-actions card${sticky ? ' sticky' : ''}` : undefined}>
      <LiveStatus ref={statusRef} message={message} tone={tone} />
      {editing && children}
    </div>
  );
}

/**
 * Where the focus goes when the view it was in goes away: after a transition (submit, return,
 * validate, reopen), to the status that says what happened; when the conflict screen closes
 * (either choice), back to the form (or to the status when there is no form).
 */
export function useRecordFocus(conflictOpen: boolean, status: SaveStatus) {
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status.kind === 'done') statusRef.current?.focus();
  }, [status]);
  const wasOpen = useRef(conflictOpen);
  useEffect(() => {
    if (wasOpen.current && !conflictOpen) (formRef.current ?? statusRef.current)?.focus();
    wasOpen.current = conflictOpen;
  }, [conflictOpen]);
  return { formRef, statusRef };
}

/**
 * A record page's editor: the record being edited by the signed-in user, what they may do with it
 * now, and the form and status the focus goes to.
 */
export function useRecordEditor<R extends VersionedRecord, F>(
  iso3: string,
  period: PeriodView | undefined,
  config: Omit<EditableConfig<R, F>, 'userId'>,
) {
  const me = useMe();
  const editor = useEditableRecord({ ...config, userId: me.id });
  const access = recordAccess(me, iso3, period, editor.record);
  const { formRef, statusRef } = useRecordFocus(editor.conflict !== null, editor.status);
  return { editor, access, formRef, statusRef };
}
