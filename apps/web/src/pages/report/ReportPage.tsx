import { useMemo, useState, type FormEvent } from 'react';
import {
  getReport,
  getReportComments,
  patchReport,
  reportTransition,
  saveReport,
  setReportCommentOpen,
  writeReportComment,
} from '../../api/endpoints';
import type {
  ActionView,
  CountryDetailView,
  FrameworkView,
  PeriodView,
  ReportView,
  WriteCommentDto,
} from '../../api/generated/api';
import { FrameworkText } from '../../components/badges';
import { Notice, PageHeading } from '../../components/feedback';
import {
  CommentsToAnswer,
  RecordComments,
  RecordCommentsProvider,
} from '../../components/PartComments';
import { RecordEditorView } from '../../components/RecordEditorView';
import { WithheldNotice } from '../../components/SensitivityField';
import {
  RecordBreadcrumb,
  RecordContextShell,
  useRecordContext,
  useRecordEditor,
} from '../../components/RecordPage';
import { useI18n } from '../../i18n';
import { ReportContentView, reportPartDescriber } from './ReportContent';
import { ReportFields } from './ReportFields';
import { ReportChanges, ReportTimeline } from './ReportReviewContext';
import {
  checkReportForm,
  REPORT_DOCUMENT,
  toReportBody,
  toReportForm,
  type ClientErrors,
} from './reportForm';

const FORM_ID = 'report-form';

/** One report (country, period, action): the focal point's form, the coordinator's review. */
export function ReportPage({
  iso3,
  period,
  action,
}: {
  iso3: string;
  period: string;
  action: string;
}) {
  const { t } = useI18n();
  const context = useRecordContext(iso3);
  const title = t('report.title', { country: iso3, period, action });
  if (!context.data) return <RecordContextShell title={title} context={context} />;
  const frameworkAction = context.data.framework.actions.find((a) => a.code === action);
  if (!frameworkAction)
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <Notice kind="error">{t('report.unknownAction')}</Notice>
      </>
    );
  return (
    <ReportEditor
      key={`${iso3}/${period}/${action}`}
      period={period}
      action={frameworkAction}
      framework={context.data.framework}
      periodInfo={context.data.periods.find((p) => p.code === period)}
      country={context.data.country}
    />
  );
}

/** The action's short title, and its full text and references on demand. */
function ActionIntro({ action }: { action: ActionView }) {
  const { t } = useI18n();
  return (
    <section className="action-intro" aria-label={t('report.actionText')}>
      <p className="action-title">
        <strong>{t('common.actionCode', { action: action.code })}</strong>{' '}
        <FrameworkText working={action.workingTranslations.includes('shortTitle')}>
          {action.shortTitle}
        </FrameworkText>
      </p>
      <details>
        <summary>{t('report.fullText')}</summary>
        <FrameworkText as="p" working={action.workingTranslations.includes('text')}>
          {action.text}
        </FrameworkText>
        <p className="hint">
          {t('report.protocolArticles')} <span lang="en">{action.protocolArticles}</span> ·{' '}
          {t('report.sdg')} {action.sdgTargets.join(', ')}
        </p>
      </details>
    </section>
  );
}

/** What the API flagged in the saved report (answers that contradict the treaty record…). */
function Flags({ record }: { record: ReportView | null }) {
  const { t } = useI18n();
  if (!record || record.flags.length === 0) return null;
  return (
    <Notice kind="warning">
      <h2 className="notice-title">{t('report.flags')}</h2>
      <ul>
        {record.flags.map((flag) => (
          <li key={`${flag.code}-${flag.item}`}>
            {flag.item}: <span lang="en">{flag.message}</span>
          </li>
        ))}
      </ul>
    </Notice>
  );
}

interface EditorProps {
  period: string;
  action: ActionView;
  framework: FrameworkView;
  periodInfo: PeriodView | undefined;
  country: CountryDetailView;
}

/** The report being edited, what the user may do with it, and the checks before a save. */
function useReportEditor({ period, action, periodInfo, country }: EditorProps) {
  const [clientErrors, setClientErrors] = useState<ClientErrors>({});
  const [sentItems, setSentItems] = useState<string[]>([]);
  const toForm = useMemo(() => (r: ReportView | null) => toReportForm(r, action), [action]);
  const key = { iso3: country.iso3, period, action: action.code };

  const { editor, access, formRef, statusRef } = useRecordEditor(key.iso3, periodInfo, {
    draftKey: `report.${key.iso3}/${period}/${action.code}`,
    load: (signal) => getReport(key, signal),
    save: (form, ifMatch) => {
      const { body, items } = toReportBody(form);
      setSentItems(items);
      return saveReport(key, body, ifMatch);
    },
    patch: (operations, ifMatch, form) => {
      setSentItems(toReportBody(form).items);
      return patchReport(key, operations, ifMatch);
    },
    document: REPORT_DOCUMENT,
    transition: (name, ifMatch, note) => reportTransition(key, name, ifMatch, note),
    toForm,
  });

  /** What the browser can tell before asking the API; the focus on the first problem. */
  const valid = () => {
    const errors = checkReportForm(editor.form);
    setClientErrors(errors);
    if (Object.keys(errors).length) focusFirstError(formRef.current);
    return Object.keys(errors).length === 0;
  };
  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (valid() && !(await editor.save())) focusFirstError(formRef.current);
  };
  const clearErrors = () => setClientErrors({});
  return {
    editor,
    access,
    formRef,
    statusRef,
    toForm,
    clientErrors,
    clearErrors,
    sentItems,
    valid,
    onSave,
  };
}

function ReportEditor(props: EditorProps) {
  const { period, action, framework, periodInfo, country } = props;
  const { t } = useI18n();
  const { editor, access, formRef, statusRef, toForm, ...checks } = useReportEditor(props);
  const title = t('report.title', { country: country.name, period, action: action.code });
  const reportKey = { iso3: country.iso3, period, action: action.code };
  const comments = {
    recordKey: ['report', reportKey.iso3, period, action.code],
    load: (signal: AbortSignal) => getReportComments(reportKey, signal),
    write: (body: WriteCommentDto) => writeReportComment(reportKey, body),
    setOpen: (id: string, open: boolean) => setReportCommentOpen(reportKey, id, open),
    canReview: access.canReview,
    canWrite: access.canWrite,
  };
  return (
    <RecordCommentsProvider source={comments} enabled={editor.record !== null}>
      <RecordBreadcrumb
        iso3={country.iso3}
        countryName={country.name}
        access={access}
        current={t('report.crumb', { period, action: action.code })}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <ActionIntro action={action} />
      <RecordEditorView
        editor={editor}
        access={access}
        period={periodInfo}
        form={{ id: FORM_ID, label: t('report.formLabel'), ref: formRef }}
        statusRef={statusRef}
        notices={
          <>
            {editor.record?.state === 'returned' && <CommentsToAnswer />}
            <Flags record={editor.record} />
            {editor.record && <WithheldNotice withheld={editor.record.withheld} />}
            {editor.record && access.canReview && editor.record.state === 'submitted' && (
              <ReportChanges reportKey={reportKey} version={editor.record.version} />
            )}
            <RecordComments />
          </>
        }
        fields={
          <ReportFields
            form={editor.form}
            setForm={(update) => {
              checks.clearErrors();
              editor.setForm(update);
            }}
            action={action}
            framework={framework}
            clientErrors={checks.clientErrors}
            serverErrors={editor.fieldErrors}
            sentItems={checks.sentItems}
          />
        }
        // What is saved (not a restored, unsaved draft of this tab).
        saved={
          editor.record && (
            <ReportContentView form={toForm(editor.record)} action={action} framework={framework} />
          )
        }
        none={t('report.none')}
        describePart={reportPartDescriber(t)}
        onSave={(event) => void checks.onSave(event)}
        checkSubmit={checks.valid}
        onSubmit={() => void editor.run('submit')}
        submitHint={t('report.submitHint')}
      />
      {editor.record && <ReportTimeline reportKey={reportKey} version={editor.record.version} />}
    </RecordCommentsProvider>
  );
}

/** After a refused save, the first field marked invalid takes the focus. */
const focusFirstError = (form: HTMLFormElement | null) =>
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
