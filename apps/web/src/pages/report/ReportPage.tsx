import { useMemo, useState, type FormEvent } from 'react';
import { getReport, reportTransition, saveReport } from '../../api/endpoints';
import type { CountryDetail, Framework, FrameworkAction, Period, Report } from '../../api/types';
import { Seeded } from '../../components/badges';
import { ConflictView } from '../../components/ConflictView';
import { ErrorNotice, Loading, Notice, PageHeading } from '../../components/feedback';
import {
  ReadOnlyRecord,
  RecordActions,
  RecordBreadcrumb,
  RecordContextShell,
  RestoredNotice,
  useRecordContext,
  useRecordFocus,
} from '../../components/RecordPage';
import { RecordStatus, saveStatusText } from '../../components/RecordStatus';
import { useI18n } from '../../i18n';
import { recordAccess } from '../../lib/permissions';
import { useMe } from '../../lib/session';
import { useEditableRecord } from '../../lib/useEditableRecord';
import { ReportContentView, reportConflictRows } from './ReportContent';
import { ReportFields } from './ReportFields';
import { checkReportForm, toReportBody, toReportForm, type ClientErrors } from './reportForm';

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
      iso3={iso3}
      period={period}
      action={frameworkAction}
      framework={context.data.framework}
      periodInfo={context.data.periods.find((p) => p.code === period)}
      country={context.data.country}
    />
  );
}

function ReportEditor({
  iso3,
  period,
  action,
  framework,
  periodInfo,
  country,
}: {
  iso3: string;
  period: string;
  action: FrameworkAction;
  framework: Framework;
  periodInfo: Period | undefined;
  country: CountryDetail;
}) {
  const { t, dateTime } = useI18n();
  const me = useMe();
  const [clientErrors, setClientErrors] = useState<ClientErrors>({});
  const [sentItems, setSentItems] = useState<string[]>([]);
  const toForm = useMemo(() => (r: Report | null) => toReportForm(r, action), [action]);

  const editor = useEditableRecord({
    userId: me.id,
    draftKey: `report.${iso3}/${period}/${action.code}`,
    load: (signal) => getReport(iso3, period, action.code, signal),
    save: (form, ifMatch) => {
      const { body, items } = toReportBody(form);
      setSentItems(items);
      return saveReport(iso3, period, action.code, body, ifMatch);
    },
    transition: (name, ifMatch, body) =>
      reportTransition(iso3, period, action.code, name, ifMatch, body),
    toForm,
  });

  const title = t('report.title', { country: country.name, period, action: action.code });
  const record = editor.record;
  const access = recordAccess(me, iso3, periodInfo, record);
  const { formRef, statusRef } = useRecordFocus(editor.conflict !== null, editor.status);

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const validate = () => {
    const errors = checkReportForm(editor.form);
    setClientErrors(errors);
    if (Object.keys(errors).length) {
      focusFirstError();
      return false;
    }
    return true;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (!validate()) return;
    if (!(await editor.save())) focusFirstError();
  };
  const onSubmit = async () => {
    if (!validate()) return;
    await editor.run('submit');
  };

  return (
    <>
      <RecordBreadcrumb
        iso3={iso3}
        countryName={country.name}
        access={access}
        current={t('report.crumb', { period, action: action.code })}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <section className="action-intro" aria-label={t('report.actionText')}>
        <p className="action-title">
          <strong>{t('common.actionCode', { action: action.code })}</strong>{' '}
          <Seeded>{action.shortTitle}</Seeded>
        </p>
        <details>
          <summary>{t('report.fullText')}</summary>
          <Seeded as="p">{action.text}</Seeded>
          <p className="hint">
            {t('report.protocolArticles')} <span lang="en">{action.protocolArticles}</span> ·{' '}
            {t('report.sdg')} {action.sdgTargets.join(', ')}
          </p>
        </details>
      </section>

      {editor.loading && <Loading />}
      {editor.loadError !== null && (
        <ErrorNotice error={editor.loadError} onRetry={editor.reload} />
      )}

      {!editor.loading && editor.loadError === null && (
        <>
          <RecordStatus record={record} period={periodInfo} />
          {record && record.flags.length > 0 && (
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
          )}
          {editor.restored && <RestoredNotice onDiscard={editor.discardRestored} />}

          {editor.conflict ? (
            <ConflictView
              rows={reportConflictRows(
                t,
                editor.conflict.mine,
                toReportForm(editor.conflict.theirs, action),
                action,
              )}
              theirs={editor.conflict.theirs}
              busy={editor.busy}
              onKeepMine={() => void editor.keepMine()}
              onTakeTheirs={editor.takeTheirs}
            />
          ) : access.editable ? (
            <form
              id={FORM_ID}
              ref={formRef}
              tabIndex={-1}
              onSubmit={onSave}
              noValidate
              aria-label={t('report.formLabel')}
            >
              <ReportFields
                form={editor.form}
                setForm={(update) => {
                  setClientErrors({});
                  editor.setForm(update);
                }}
                action={action}
                framework={framework}
                clientErrors={clientErrors}
                serverErrors={editor.fieldErrors}
                sentItems={sentItems}
              />
              {editor.error !== null && <ErrorNotice error={editor.error} />}
            </form>
          ) : record ? (
            <ReadOnlyRecord
              state={record.state}
              access={access}
              busy={editor.busy}
              error={editor.error}
              onTransition={editor.run}
            >
              {/* What is saved (not a restored, unsaved draft of this tab). */}
              <ReportContentView form={toForm(record)} action={action} framework={framework} />
            </ReadOnlyRecord>
          ) : (
            <Notice kind="info">{t('report.none')}</Notice>
          )}
          <RecordActions
            message={saveStatusText(t, editor.status, dateTime)}
            statusRef={statusRef}
            editing={!editor.conflict && access.editable}
          >
            {editor.dirty && <p className="unsaved">{t('report.unsaved')}</p>}
            <div className="button-row">
              <button
                type="submit"
                form={FORM_ID}
                className="button secondary"
                disabled={editor.busy}
              >
                {t('report.saveDraft')}
              </button>
              <button
                type="button"
                className="button primary"
                disabled={editor.busy}
                onClick={() => void onSubmit()}
              >
                {t('report.submit')}
              </button>
            </div>
            <p className="hint">{t('report.submitHint')}</p>
          </RecordActions>
        </>
      )}
    </>
  );
}
