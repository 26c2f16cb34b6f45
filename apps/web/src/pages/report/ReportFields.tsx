import type { ReactNode } from 'react';
import {
  ANSWERS,
  EVIDENCE_KINDS,
  STATUSES,
  type ChecklistAnswer,
  type EvidenceKind,
  type Framework,
  type FrameworkAction,
  type ImplementationStatus,
} from '../../api/types';
import { Seeded } from '../../components/badges';
import { SelectField, ServerText, TextArea, TextField } from '../../components/fields';
import { useI18n } from '../../i18n';
import { emptyEvidence, type ClientErrors, type EvidenceForm, type ReportForm } from './reportForm';

interface Props {
  form: ReportForm;
  setForm(update: (previous: ReportForm) => ReportForm): void;
  action: FrameworkAction;
  framework: Framework;
  clientErrors: ClientErrors;
  /** The API's messages, by field (`status`, `checklist[0].note`, `evidence[1].url`…). */
  serverErrors: Record<string, string>;
  /** Item codes in the order they were sent (maps `checklist[i]` to an item). */
  sentItems: string[];
}

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
  const { t, areaName } = useI18n();
  const clientError = (key: string): ReactNode =>
    clientErrors[key] ? t(`reportForm.${clientErrors[key]}`) : undefined;
  const serverError = (key: string): ReactNode =>
    serverErrors[key] ? <ServerText>{serverErrors[key]}</ServerText> : undefined;
  const checklistServerError = (item: string) => {
    const index = sentItems.indexOf(item);
    if (index < 0) return undefined;
    const message = ['answer', 'note', 'item']
      .map((f) => serverErrors[`checklist[${index}].${f}`])
      .filter(Boolean)
      .join(' ');
    return message ? <ServerText>{message}</ServerText> : undefined;
  };

  const setEvidence = (index: number, patch: Partial<EvidenceForm>) =>
    setForm((f) => ({
      ...f,
      evidence: f.evidence.map((e, i) => (i === index ? { ...e, ...patch } : e)),
    }));

  return (
    <>
      <fieldset className="card">
        <legend>{t('reportForm.progress')}</legend>
        <SelectField
          label={t('reportForm.status')}
          value={form.status}
          required
          error={clientError('status') ?? serverError('status')}
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
          error={serverError('narrative')}
          onChange={(e) => setForm((f) => ({ ...f, narrative: e.target.value }))}
        />
      </fieldset>

      <fieldset className="card">
        <legend>{t('reportForm.checklist')}</legend>
        <p className="hint">{t('reportForm.checklistHint')}</p>
        <ol className="checklist">
          {action.checklist.map((item) => {
            const entry = form.checklist[item.code] ?? { answer: '', note: '' };
            const error = clientError(`checklist.${item.code}`) ?? checklistServerError(item.code);
            // Merged into the entry as it is when the update runs, not as it was rendered.
            const setEntry = (patch: Partial<typeof entry>) =>
              setForm((f) => ({
                ...f,
                checklist: {
                  ...f.checklist,
                  [item.code]: {
                    ...(f.checklist[item.code] ?? { answer: '', note: '' }),
                    ...patch,
                  },
                },
              }));
            return (
              <li key={item.code} className="checklist-item">
                <fieldset>
                  <legend>
                    <span className="item-code">{item.code}</span> <Seeded>{item.text}</Seeded>{' '}
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
                </fieldset>
              </li>
            );
          })}
        </ol>
      </fieldset>

      <fieldset className="card">
        <legend>{t('reportForm.areas')}</legend>
        <p className="hint">
          {t('reportForm.areasHint', {
            areas: action.areas.map((a) => t('common.areaNumber', { n: a })).join(', '),
          })}
        </p>
        {framework.areas.map((area) => {
          const name = areaName(area);
          return (
            <label key={area.code} className="checkbox">
              <input
                type="checkbox"
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
          );
        })}
        {serverError('areas') && <p className="field-error">{serverError('areas')}</p>}
      </fieldset>

      <fieldset className="card">
        <legend>{t('reportForm.evidence')}</legend>
        <p className="hint">{t('reportForm.evidenceHint')}</p>
        {form.evidence.length === 0 && <p>{t('reportForm.noEvidence')}</p>}
        <ol className="evidence-list">
          {form.evidence.map((e, i) => (
            <li key={i} className="evidence-item">
              <fieldset>
                <legend>{t('reportForm.evidenceItem', { n: i + 1 })}</legend>
                <div className="field-grid">
                  <SelectField
                    label={t('reportForm.kind')}
                    value={e.kind}
                    onChange={(ev) => setEvidence(i, { kind: ev.target.value as EvidenceKind })}
                    options={EVIDENCE_KINDS.map((k) => ({
                      value: k,
                      label: t(`evidenceKind.${k}`),
                    }))}
                  />
                  <TextField
                    label={t('reportForm.evidenceTitle')}
                    value={e.title}
                    required
                    maxLength={300}
                    error={
                      clientError(`evidence[${i}].title`) ?? serverError(`evidence[${i}].title`)
                    }
                    onChange={(ev) => setEvidence(i, { title: ev.target.value })}
                  />
                  <TextField
                    label={t('reportForm.url')}
                    type="url"
                    value={e.url}
                    maxLength={2000}
                    error={serverError(`evidence[${i}].url`)}
                    onChange={(ev) => setEvidence(i, { url: ev.target.value })}
                  />
                  <TextField
                    label={t('reportForm.date')}
                    type="date"
                    value={e.date}
                    error={serverError(`evidence[${i}].date`)}
                    onChange={(ev) => setEvidence(i, { date: ev.target.value })}
                  />
                  <TextField
                    label={t('reportForm.reference')}
                    value={e.reference}
                    maxLength={300}
                    error={serverError(`evidence[${i}].reference`)}
                    onChange={(ev) => setEvidence(i, { reference: ev.target.value })}
                  />
                </div>
                <button
                  type="button"
                  className="button link danger"
                  onClick={() =>
                    setForm((f) => ({ ...f, evidence: f.evidence.filter((_, j) => j !== i) }))
                  }
                >
                  {t('reportForm.removeEvidence', { n: i + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button secondary"
          onClick={() => setForm((f) => ({ ...f, evidence: [...f.evidence, emptyEvidence()] }))}
        >
          {t('reportForm.addEvidence')}
        </button>
      </fieldset>
    </>
  );
}
