import { useMemo, useState, type FormEvent } from 'react';
import {
  getIndicatorSet,
  indicatorTransition,
  patchIndicatorSet,
  saveIndicatorSet,
} from '../../api/endpoints';
import type {
  CountryDetailView,
  IndicatorSetView,
  IndicatorView,
  PeriodView,
} from '../../api/generated/api';
import { FrameworkText } from '../../components/badges';
import { PageHeading } from '../../components/feedback';
import { TableScroll } from '../../components/fields';
import { RecordEditorView } from '../../components/RecordEditorView';
import { WithheldNotice } from '../../components/SensitivityField';
import {
  RecordBreadcrumb,
  RecordContextShell,
  useRecordContext,
  useRecordEditor,
} from '../../components/RecordPage';
import { useI18n, type I18n } from '../../i18n';
import {
  checkEntry,
  formHasProblems,
  parseCount,
  partKeys,
  toIndicatorForm,
  toIndicatorValues,
  type IndicatorEntry,
  type IndicatorForm,
} from './indicatorForm';
import { indicatorDocument, indicatorPartDescriber } from './indicatorParts';
import { IndicatorChanges, IndicatorTimeline } from './IndicatorReviewContext';
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
      period={period}
      indicators={context.data.framework.indicators}
      periodInfo={context.data.periods.find((p) => p.code === period)}
      country={context.data.country}
    />
  );
}

/** One indicator's value as a line of text: the total, and the parts typed. */
function entryText(i18n: I18n, indicator: IndicatorView, entry: IndicatorEntry | undefined) {
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
      return `${label} ${i18n.number(parseCount(entry.parts[k]))}`;
    });
  const total = `${i18n.t('indicators.total')} ${i18n.number(check.total)}`;
  return parts.length ? `${total} (${parts.join('; ')})` : total;
}

/** The saved values, one line per indicator (for those who cannot change them now). */
function SavedValues({ indicators, form }: { indicators: IndicatorView[]; form: IndicatorForm }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
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
                  <FrameworkText working={indicator.workingTranslations.includes('name')}>
                    {indicator.name}
                  </FrameworkText>
                </th>
                <td>{entryText(i18n, indicator, form[indicator.code])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** The API's messages on the values of one indicator (by its place in the body sent). */
function serverErrorOf(errors: Record<string, string>, sentCodes: string[], code: string) {
  const index = sentCodes.indexOf(code);
  const messages = Object.entries(errors)
    .filter(([field]) => index >= 0 && field.startsWith(`values[${index}]`))
    .map(([, message]) => message);
  return messages.length ? messages.join(' ') : undefined;
}

/** Every indicator's inputs, and the alert when some figure is wrong. */
function IndicatorFields({
  indicators,
  form,
  problems,
  serverErrorOf,
  onChange,
}: {
  indicators: IndicatorView[];
  form: IndicatorForm;
  problems: boolean;
  serverErrorOf(code: string): string | undefined;
  onChange(code: string, entry: IndicatorEntry): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="indicator-grid">
        {indicators.map((indicator) => (
          <IndicatorInputs
            key={indicator.code}
            indicator={indicator}
            entry={form[indicator.code]}
            serverError={serverErrorOf(indicator.code)}
            onChange={(entry) => onChange(indicator.code, entry)}
          />
        ))}
      </div>
      {problems && (
        <div className="notice notice-error" role="alert">
          {t('indicators.fixFirst')}
        </div>
      )}
    </>
  );
}

interface EditorProps {
  period: string;
  indicators: IndicatorView[];
  periodInfo: PeriodView | undefined;
  country: CountryDetailView;
}

/** The values being edited, what the user may do with them, and the checks before a save. */
function useIndicatorEditor({ period, indicators, periodInfo, country }: EditorProps) {
  const [sentCodes, setSentCodes] = useState<string[]>([]);
  const [problems, setProblems] = useState(false);
  const toForm = useMemo(
    () => (set: IndicatorSetView | null) => toIndicatorForm(set, indicators),
    [indicators],
  );
  const recordDocument = useMemo(() => indicatorDocument(indicators), [indicators]);
  const key = { iso3: country.iso3, period };
  const { editor, access, formRef, statusRef } = useRecordEditor(key.iso3, periodInfo, {
    draftKey: `indicators.${key.iso3}/${period}`,
    load: (signal) => getIndicatorSet(key, signal),
    save: (form, ifMatch) => {
      const values = toIndicatorValues(form, indicators);
      setSentCodes(values.map((v) => v.indicator));
      return saveIndicatorSet(key, values, ifMatch);
    },
    patch: (operations, ifMatch, form) => {
      setSentCodes(toIndicatorValues(form, indicators).map((v) => v.indicator));
      return patchIndicatorSet(key, operations, ifMatch);
    },
    document: recordDocument,
    transition: (name, ifMatch, note) => indicatorTransition(key, name, ifMatch, note),
    toForm,
  });

  /** No figure marked wrong (else the focus goes to the first). */
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
  const serverError = (code: string) => serverErrorOf(editor.fieldErrors, sentCodes, code);
  return {
    editor,
    access,
    formRef,
    statusRef,
    toForm,
    problems,
    setProblems,
    guard,
    onSave,
    serverError,
  };
}

function IndicatorEditor(props: EditorProps) {
  const { period, indicators, periodInfo, country } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const { editor, access, formRef, statusRef, toForm, ...checks } = useIndicatorEditor(props);
  const title = t('indicators.title', { country: country.name, period });
  const context = { setKey: { iso3: country.iso3, period }, indicators };
  return (
    <>
      <RecordBreadcrumb
        iso3={country.iso3}
        countryName={country.name}
        access={access}
        current={t('indicators.crumb', { period })}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('indicators.intro')}</p>
      <RecordEditorView
        editor={editor}
        access={access}
        period={periodInfo}
        form={{ id: FORM_ID, label: t('indicators.formLabel'), ref: formRef }}
        statusRef={statusRef}
        notices={
          editor.record && (
            <>
              <WithheldNotice withheld={editor.record.withheld} />
              {access.canReview && editor.record.state === 'submitted' && (
                <IndicatorChanges {...context} version={editor.record.version} />
              )}
            </>
          )
        }
        fields={
          <IndicatorFields
            indicators={indicators}
            form={editor.form}
            problems={checks.problems}
            serverErrorOf={checks.serverError}
            onChange={(code, entry) => {
              checks.setProblems(false);
              editor.setForm((f) => ({ ...f, [code]: entry }));
            }}
          />
        }
        // What is saved (not a restored, unsaved draft of this tab).
        saved={<SavedValues indicators={indicators} form={toForm(editor.record)} />}
        none={t('indicators.none')}
        describePart={indicatorPartDescriber(i18n, indicators)}
        onSave={(event) => void checks.onSave(event)}
        checkSubmit={checks.guard}
        onSubmit={() => void editor.run('submit')}
        sticky
      />
      {editor.record && <IndicatorTimeline {...context} version={editor.record.version} />}
    </>
  );
}
