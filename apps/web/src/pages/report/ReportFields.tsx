import type { ReactNode } from 'react';
import {
  ANSWERS,
  STATUSES,
  type ChecklistAnswer,
  type ImplementationStatus,
} from '../../api/codes';
import type { ActionView, ChecklistItemView, FrameworkView } from '../../api/generated/api';
import { FrameworkText, Seeded } from '../../components/badges';
import { SelectField, ServerText, TextArea, TextField } from '../../components/fields';
import { SensitivityField } from '../../components/SensitivityField';
import { useI18n } from '../../i18n';
import { untickedAreaReasons } from './areaReasons';
import { EvidenceFields } from './EvidenceFields';
import type { ClientErrors, ReportForm } from './reportForm';
import { PartComments } from '../../components/PartComments';

export type SetForm = (update: (previous: ReportForm) => ReportForm) => void;

interface Props {
  form: ReportForm;
  setForm: SetForm;
  action: ActionView;
  framework: FrameworkView;
  clientErrors: ClientErrors;
  /** The API's messages, by field (`status`, `checklist[0].note`, `evidence[1].url`…). */
  serverErrors: Record<string, string>;
  /** Item codes in the order they were sent (maps `checklist[i]` to an item). */
  sentItems: string[];
}

/** The message under a field: what the browser found, else what the API said. */
export type ErrorOf = (key: string) => ReactNode;

/** The editable fields of a report: status, narrative, checklist, Work Plan areas, evidence. */
export function ReportFields({
  form,
  setForm,
  action,
  framework,
  clientErrors,
  serverErrors,
  sentItems,
}: Props) {
  const { t } = useI18n();
  const server = (key: string): ReactNode =>
    serverErrors[key] ? <ServerText>{serverErrors[key]}</ServerText> : undefined;
  const errorOf: ErrorOf = (key) =>
    clientErrors[key] ? t(`reportForm.${clientErrors[key]}`) : server(key);
  /** An item's messages: the API numbers the items as they were sent. */
  const itemError: ErrorOf = (item) => {
    const index = sentItems.indexOf(item);
    const message = ['answer', 'note', 'item']
      .map((f) => (index < 0 ? undefined : serverErrors[`checklist[${index}].${f}`]))
      .filter(Boolean)
      .join(' ');
    const client = clientErrors[`checklist.${item}`];
    if (client) return t(`reportForm.${client}`);
    return message ? <ServerText>{message}</ServerText> : undefined;
  };
  return (
    <>
      <ProgressFields form={form} setForm={setForm} errorOf={errorOf} />
      <fieldset className="card">
        <legend>{t('reportForm.checklist')}</legend>
        <p className="hint">{t('reportForm.checklistHint')}</p>
        <ol className="checklist">
          {action.checklist.map((item) => (
            <ChecklistField
              key={item.code}
              item={item}
              form={form}
              setForm={setForm}
              error={itemError(item.code)}
            />
          ))}
        </ol>
      </fieldset>
      <AreaFields
        form={form}
        setForm={setForm}
        action={action}
        framework={framework}
        error={server('areas')}
      />
      <EvidenceFields form={form} setForm={setForm} errorOf={errorOf} />
    </>
  );
}

function ProgressFields({ form, setForm, errorOf }: FieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="card">
      <legend>{t('reportForm.progress')}</legend>
      <SelectField
        label={t('reportForm.status')}
        value={form.status}
        required
        error={errorOf('status')}
        onChange={(e) =>
          setForm((f) => ({ ...f, status: e.target.value as ImplementationStatus | '' }))
        }
        options={[
          { value: '', label: t('reportForm.chooseStatus') },
          ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
        ]}
      />
      <TextArea
        label={t('reportForm.narrative')}
        hint={t('reportForm.narrativeHint')}
        rows={6}
        maxLength={20000}
        value={form.narrative}
        error={errorOf('narrative')}
        onChange={(e) => setForm((f) => ({ ...f, narrative: e.target.value }))}
      />
      <SensitivityField
        label={t('sensitivity.textLabel')}
        value={form.sensitivity}
        onChange={(sensitivity) => setForm((f) => ({ ...f, sensitivity }))}
      />
    </fieldset>
  );
}

export interface FieldsProps {
  form: ReportForm;
  setForm: SetForm;
  errorOf: ErrorOf;
}

/** One checklist item: its answer and a note. */
function ChecklistField({
  item,
  form,
  setForm,
  error,
}: {
  item: ChecklistItemView;
  form: ReportForm;
  setForm: SetForm;
  error: ReactNode;
}) {
  const { t } = useI18n();
  const entry = form.checklist[item.code] ?? { answer: '', note: '' };
  // Merged into the entry as it is when the update runs, not as it was rendered.
  const setEntry = (patch: Partial<typeof entry>) =>
    setForm((f) => ({
      ...f,
      checklist: {
        ...f.checklist,
        [item.code]: { ...(f.checklist[item.code] ?? { answer: '', note: '' }), ...patch },
      },
    }));
  return (
    <li className="checklist-item">
      <fieldset>
        <legend>
          <span className="item-code">{item.code}</span>{' '}
          <FrameworkText working={item.workingTranslations.includes('text')}>
            {item.text}
          </FrameworkText>{' '}
          <span className="hint">
            (<Seeded>{item.protocolReference}</Seeded>)
          </span>
        </legend>
        {item.prefill && <p className="hint">{t('reportForm.prefilled')}</p>}
        <div className="radio-row">
          {[...ANSWERS, ''].map((answer) => (
            <label key={answer || 'none'} className="radio">
              <input
                type="radio"
                name={`answer-${item.code}`}
                value={answer}
                checked={entry.answer === answer}
                onChange={() => setEntry({ answer: answer as ChecklistAnswer | '' })}
              />
              {answer ? t(`answer.${answer as ChecklistAnswer}`) : t('answer.none')}
            </label>
          ))}
        </div>
        <TextField
          label={t('reportForm.note', { item: item.code })}
          value={entry.note}
          maxLength={2000}
          error={error}
          onChange={(e) => setEntry({ note: e.target.value })}
        />
        <PartComments part={{ kind: 'checklist', key: item.code }} />
      </fieldset>
    </li>
  );
}

function AreaFields({
  form,
  setForm,
  action,
  framework,
  error,
}: {
  form: ReportForm;
  setForm: SetForm;
  action: ActionView;
  framework: FrameworkView;
  error: ReactNode;
}) {
  const { t, areaName } = useI18n();
  const reasons = untickedAreaReasons(t, form, action);
  return (
    <fieldset className="card">
      <legend>{t('reportForm.areas')}</legend>
      <p className="hint">
        {t('reportForm.areasHint', {
          areas: action.areas.map((a) => t('common.areaNumber', { n: a })).join(', '),
        })}
      </p>
      {framework.areas.map((area) => {
        const name = areaName(area);
        const why = reasons.get(area.code);
        const whyId = `area-${area.code}-why`;
        return (
          <div key={area.code}>
            <label className="checkbox">
              <input
                type="checkbox"
                aria-describedby={why ? whyId : undefined}
                checked={form.areas.includes(area.code)}
                onChange={(e) =>
                  setForm((f) => ({
                    ...f,
                    areas: e.target.checked
                      ? [...f.areas, area.code].sort((a, b) => a - b)
                      : f.areas.filter((a) => a !== area.code),
                  }))
                }
              />
              {t('common.areaNumber', { n: area.code })}: <span lang={name.lang}>{name.text}</span>
            </label>
            {why && (
              <p id={whyId} className="hint area-why">
                {why}
              </p>
            )}
          </div>
        );
      })}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
