// The evidence behind a report: laws, policies, cases, statistics and other sources.
import { evidenceKeys } from '@app/domain';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../api/codes';
import { SelectField, TextField } from '../../components/fields';
import { PartComments } from '../../components/PartComments';
import { SensitivityField } from '../../components/SensitivityField';
import { useI18n } from '../../i18n';
import type { ErrorOf, FieldsProps } from './ReportFields';
import { emptyEvidence, type EvidenceForm } from './reportForm';

export function EvidenceFields({ form, setForm, errorOf }: FieldsProps) {
  const { t } = useI18n();
  const setEvidence = (index: number, patch: Partial<EvidenceForm>) =>
    setForm((f) => ({
      ...f,
      evidence: f.evidence.map((e, i) => (i === index ? { ...e, ...patch } : e)),
    }));
  const keys = evidenceKeys(form.evidence.map((e) => ({ title: e.title.trim() })));
  return (
    <fieldset className="card">
      <legend>{t('reportForm.evidence')}</legend>
      <p className="hint">{t('reportForm.evidenceHint')}</p>
      {form.evidence.length === 0 && <p>{t('reportForm.noEvidence')}</p>}
      <ol className="evidence-list">
        {form.evidence.map((e, i) => (
          <li key={i} className="evidence-item">
            <fieldset>
              <legend>{t('reportForm.evidenceItem', { n: i + 1 })}</legend>
              <EvidenceItemFields
                evidence={e}
                set={(patch) => setEvidence(i, patch)}
                errorOf={(field) => errorOf(`evidence[${i}].${field}`)}
              />
              <button
                type="button"
                className="button link danger"
                onClick={() =>
                  setForm((f) => ({ ...f, evidence: f.evidence.filter((_, j) => j !== i) }))
                }
              >
                {t('reportForm.removeEvidence', { n: i + 1 })}
              </button>
              {e.title.trim() && <PartComments part={{ kind: 'evidence', key: keys[i] }} />}
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
  );
}

function EvidenceItemFields({
  evidence: e,
  set,
  errorOf,
}: {
  evidence: EvidenceForm;
  set(patch: Partial<EvidenceForm>): void;
  errorOf: ErrorOf;
}) {
  const { t } = useI18n();
  return (
    <div className="field-grid">
      <SelectField
        label={t('reportForm.kind')}
        value={e.kind}
        onChange={(ev) => set({ kind: ev.target.value as EvidenceKind })}
        options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidenceKind.${k}`) }))}
      />
      <TextField
        label={t('reportForm.evidenceTitle')}
        value={e.title}
        required
        maxLength={300}
        error={errorOf('title')}
        onChange={(ev) => set({ title: ev.target.value })}
      />
      <TextField
        label={t('reportForm.url')}
        type="url"
        value={e.url}
        maxLength={2000}
        error={errorOf('url')}
        onChange={(ev) => set({ url: ev.target.value })}
      />
      <TextField
        label={t('reportForm.date')}
        type="date"
        value={e.date}
        error={errorOf('date')}
        onChange={(ev) => set({ date: ev.target.value })}
      />
      <TextField
        label={t('reportForm.reference')}
        value={e.reference}
        maxLength={300}
        error={errorOf('reference')}
        onChange={(ev) => set({ reference: ev.target.value })}
      />
      <SensitivityField
        label={t('sensitivity.itemLabel')}
        value={e.sensitivity}
        onChange={(sensitivity) => set({ sensitivity })}
      />
    </div>
  );
}
