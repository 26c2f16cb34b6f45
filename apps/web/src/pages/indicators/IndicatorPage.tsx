import { useMemo, useState, type FormEvent } from 'react';
import { getIndicatorSet, indicatorTransition, saveIndicatorSet } from '../../api/endpoints';
import {
  type CountryDetail,
  type Indicator,
  type IndicatorSet,
  type Period,
} from '../../api/types';
import { Seeded } from '../../components/badges';
import { ConflictView, type ConflictRow } from '../../components/ConflictView';
import { ErrorNotice, Loading, Notice, PageHeading } from '../../components/feedback';
import { TableScroll } from '../../components/fields';
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
import { useI18n, type I18n } from '../../i18n';
import { recordAccess } from '../../lib/permissions';
import { useMe } from '../../lib/session';
import { useEditableRecord } from '../../lib/useEditableRecord';
import {
  checkEntry,
  formHasProblems,
  partKeys,
  toIndicatorForm,
  toIndicatorValues,
  type IndicatorEntry,
  type IndicatorForm,
} from './indicatorForm';
import { IndicatorInputs } from './IndicatorTable';

const FORM_ID = 'indicator-form';

/** A country's indicator values for a period: sex × age tables with totals checked as typed. */
export function IndicatorPage({ iso3, period }: { iso3: string; period: string }) {
  const { t } = useI18n();
  const context = useRecordContext(iso3);
  if (!context.data)
    return (
      <RecordContextShell
        title={t('indicators.title', { country: iso3, period })}
        context={context}
      />
    );
  return (
    <IndicatorEditor
      key={`${iso3}/${period}`}
      iso3={iso3}
      period={period}
      indicators={context.data.framework.indicators}
      periodInfo={context.data.periods.find((p) => p.code === period)}
      country={context.data.country}
    />
  );
}

function entryText(i18n: I18n, indicator: Indicator, entry: IndicatorEntry | undefined): string {
  if (!entry) return '—';
  const check = checkEntry(entry);
  if (check.empty) return '—';
  const parts = partKeys(indicator)
    .filter((k) => entry.parts[k]?.trim())
    .map((k) => {
      const [sex, age] = k.split('.');
      const label = age
        ? i18n.t('indicators.cellLabel', {
            sex: i18n.t(`sex.${sex as 'female'}`),
            age: i18n.t(`age.${age as 'child'}`),
          })
        : i18n.t(`sex.${sex as 'female'}`);
      return `${label} ${entry.parts[k]}`;
    });
  const total = `${i18n.t('indicators.total')} ${check.total ?? '—'}`;
  return parts.length ? `${total} (${parts.join('; ')})` : total;
}

function IndicatorEditor({
  iso3,
  period,
  indicators,
  periodInfo,
  country,
}: {
  iso3: string;
  period: string;
  indicators: Indicator[];
  periodInfo: Period | undefined;
  country: CountryDetail;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const me = useMe();
  const [sentCodes, setSentCodes] = useState<string[]>([]);
  const [problems, setProblems] = useState(false);
  const toForm = useMemo(
    () => (set: IndicatorSet | null) => toIndicatorForm(set, indicators),
    [indicators],
  );
  const editor = useEditableRecord<IndicatorSet, IndicatorForm>({
    userId: me.id,
    draftKey: `indicators.${iso3}/${period}`,
    load: (signal) => getIndicatorSet(iso3, period, signal),
    save: (form, ifMatch) => {
      const values = toIndicatorValues(form, indicators);
      setSentCodes(values.map((v) => v.indicator));
      return saveIndicatorSet(iso3, period, values, ifMatch);
    },
    transition: (name, ifMatch, body) => indicatorTransition(iso3, period, name, ifMatch, body),
    toForm,
  });

  const title = t('indicators.title', { country: country.name, period });
  const record = editor.record;
  const access = recordAccess(me, iso3, periodInfo, record);
  const { formRef, statusRef } = useRecordFocus(editor.conflict !== null, editor.status);
  const serverErrorOf = (code: string) => {
    const index = sentCodes.indexOf(code);
    if (index < 0) return undefined;
    const messages = Object.entries(editor.fieldErrors)
      .filter(([field]) => field.startsWith(`values[${index}]`))
      .map(([, message]) => message);
    return messages.length ? messages.join(' ') : undefined;
  };

  const savedForm = toForm(record);

  const guard = () => {
    const bad = formHasProblems(editor.form);
    setProblems(bad);
    if (bad)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.indicator [aria-invalid="true"]')?.focus(),
      );
    return !bad;
  };
  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (guard()) await editor.save();
  };

  const conflictRows = (mine: IndicatorForm, theirs: IndicatorForm): ConflictRow[] =>
    indicators.map((indicator) => {
      const a = entryText(i18n, indicator, mine[indicator.code]);
      const b = entryText(i18n, indicator, theirs[indicator.code]);
      return {
        key: indicator.code,
        label: <Seeded>{indicator.name}</Seeded>,
        mine: a,
        theirs: b,
        differs: a !== b,
      };
    });

  return (
    <>
      <RecordBreadcrumb
        iso3={iso3}
        countryName={country.name}
        access={access}
        current={t('indicators.crumb', { period })}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('indicators.intro')}</p>
      {editor.loading && <Loading />}
      {editor.loadError !== null && (
        <ErrorNotice error={editor.loadError} onRetry={editor.reload} />
      )}
      {!editor.loading && editor.loadError === null && (
        <>
          <RecordStatus record={record} period={periodInfo} />
          {editor.restored && <RestoredNotice onDiscard={editor.discardRestored} />}
          {editor.conflict ? (
            <ConflictView
              rows={conflictRows(editor.conflict.mine, toForm(editor.conflict.theirs))}
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
              aria-label={t('indicators.formLabel')}
            >
              <div className="indicator-grid">
                {indicators.map((indicator) => (
                  <IndicatorInputs
                    key={indicator.code}
                    indicator={indicator}
                    entry={editor.form[indicator.code]}
                    serverError={serverErrorOf(indicator.code)}
                    onChange={(entry) => {
                      setProblems(false);
                      editor.setForm((f) => ({ ...f, [indicator.code]: entry }));
                    }}
                  />
                ))}
              </div>
              {problems && (
                <div className="notice notice-error" role="alert">
                  {t('indicators.fixFirst')}
                </div>
              )}
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
              <section className="card" aria-labelledby="values-title">
                <h2 id="values-title">{t('indicators.values')}</h2>
                <TableScroll label={t('indicators.values')}>
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('indicators.indicator')}</th>
                        <th scope="col">{t('indicators.value')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {indicators.map((indicator) => (
                        <tr key={indicator.code}>
                          <th scope="row">
                            <Seeded>{indicator.name}</Seeded>
                          </th>
                          {/* What is saved (not a restored, unsaved draft of this tab). */}
                          <td>{entryText(i18n, indicator, savedForm[indicator.code])}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </section>
            </ReadOnlyRecord>
          ) : (
            <Notice kind="info">{t('indicators.none')}</Notice>
          )}
          <RecordActions
            message={saveStatusText(t, editor.status, dateTime)}
            statusRef={statusRef}
            editing={!editor.conflict && access.editable}
            sticky
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
                onClick={() => {
                  if (guard()) void editor.run('submit');
                }}
              >
                {t('report.submit')}
              </button>
            </div>
          </RecordActions>
        </>
      )}
    </>
  );
}
