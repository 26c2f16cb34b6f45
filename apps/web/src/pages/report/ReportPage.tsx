import { useMemo, useRef, useState, type FormEvent } from 'react';
import {
  getCountry,
  getFramework,
  getPeriods,
  getReport,
  reportTransition,
  saveReport,
} from '../../api/endpoints';
import type {
  CountryDetail,
  Framework,
  FrameworkAction,
  Me,
  Period,
  Report,
} from '../../api/types';
import { Seeded } from '../../components/badges';
import { ConflictView } from '../../components/ConflictView';
import { ErrorNotice, Loading, LiveStatus, Notice, PageHeading } from '../../components/feedback';
import { RecordStatus, saveStatusText } from '../../components/RecordStatus';
import { ReviewPanel } from '../../components/ReviewPanel';
import { useI18n } from '../../i18n';
import { Link } from '../../lib/router';
import { useMe } from '../../lib/session';
import { useApi } from '../../lib/useApi';
import { EDITABLE_STATES, useEditableRecord } from '../../lib/useEditableRecord';
import { ReportContentView, reportConflictRows } from './ReportContent';
import { ReportFields } from './ReportFields';
import { checkReportForm, toReportBody, toReportForm, type ClientErrors } from './reportForm';

export const mayWrite = (me: Me, iso3: string) =>
  me.role === 'admin' || (me.role === 'focal_point' && me.countries.includes(iso3));
export const mayReview = (me: Me, iso3: string) =>
  me.role === 'admin' || (me.role === 'coordinator' && me.coordinatedCountries.includes(iso3));

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
  const context = useApi(
    async (signal) => {
      const [framework, periods, country] = await Promise.all([
        getFramework(),
        getPeriods(signal),
        getCountry(iso3, signal),
      ]);
      return { framework, periods, country };
    },
    [iso3],
  );
  const title = t('report.title', { country: iso3, period, action });
  if (!context.data)
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
  const formRef = useRef<HTMLFormElement>(null);
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
  const canWrite = mayWrite(me, iso3);
  const canReview = mayReview(me, iso3);
  const periodOpen = periodInfo?.state !== 'closed';
  const editable = canWrite && periodOpen && (!record || EDITABLE_STATES.includes(record.state));

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
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={canWrite ? '/' : canReview ? '/review' : `/countries/${iso3}`}>
              {canWrite ? t('nav.myReports') : canReview ? t('nav.review') : country.name}
            </Link>
          </li>
          <li aria-current="page">{t('report.crumb', { period, action: action.code })}</li>
        </ol>
      </nav>
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
          {editor.restored && (
            <Notice kind="info" role="status">
              <p>{t('report.restored')}</p>
              <button type="button" className="button link" onClick={editor.discardRestored}>
                {t('report.discardRestored')}
              </button>
            </Notice>
          )}

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
          ) : editable ? (
            <form ref={formRef} onSubmit={onSave} noValidate aria-label={t('report.formLabel')}>
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
              <div className="form-actions card">
                <LiveStatus message={saveStatusText(t, editor.status, dateTime)} />
                {editor.dirty && <p className="unsaved">{t('report.unsaved')}</p>}
                <div className="button-row">
                  <button type="submit" className="button secondary" disabled={editor.busy}>
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
              </div>
            </form>
          ) : record ? (
            <>
              {canWrite && !periodOpen && <Notice kind="info">{t('report.periodClosed')}</Notice>}
              {canWrite && periodOpen && !EDITABLE_STATES.includes(record.state) && (
                <Notice kind="info">{t(`report.readOnly.${record.state}`)}</Notice>
              )}
              <ReportContentView form={editor.form} action={action} framework={framework} />
              {editor.error !== null && <ErrorNotice error={editor.error} />}
              <LiveStatus message={saveStatusText(t, editor.status, dateTime)} />
              {canReview && (
                <ReviewPanel state={record.state} busy={editor.busy} onTransition={editor.run} />
              )}
            </>
          ) : (
            <Notice kind="info">{t('report.none')}</Notice>
          )}
        </>
      )}
    </>
  );
}
