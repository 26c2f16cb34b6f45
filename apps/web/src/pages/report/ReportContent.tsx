import type { ReactNode } from 'react';
import { evidenceKeys, type EvidenceEntry, type Sensitivity } from '@app/domain';
import type { ChecklistAnswer, ImplementationStatus } from '../../api/codes';
import type { ActionView, FrameworkView } from '../../api/generated/api';
import { Seeded } from '../../components/badges';
import type { PartDescriber } from '../../components/ConflictView';
import { PartComments } from '../../components/PartComments';
import { useI18n, type I18n } from '../../i18n';
import { untickedAreaReasons } from './areaReasons';
import type { EvidenceForm, ReportForm } from './reportForm';

function EvidenceText({ e }: { e: EvidenceForm }) {
  const { t, date } = useI18n();
  return (
    <>
      <span>{t(`evidenceKind.${e.kind}`)}</span>: <span data-user-content>{e.title}</span>
      {e.reference && <span data-user-content>, {e.reference}</span>}
      {e.date && <span data-user-content> ({date(e.date)})</span>}
      {e.url && (
        <>
          {' '}
          <a href={e.url} target="_blank" rel="noopener noreferrer" data-user-content>
            {e.url}
          </a>
        </>
      )}
    </>
  );
}

const answerText = (t: I18n['t'], answer: ChecklistAnswer | '') =>
  answer ? t(`answer.${answer}`) : t('answer.none');

/** A report's content for reading (reviewers, analysts, submitted records). */
export function ReportContentView({
  form,
  action,
  framework,
}: {
  form: ReportForm;
  action: ActionView;
  framework: FrameworkView;
}) {
  const { t, areaName } = useI18n();
  const reasons = untickedAreaReasons(t, form, action);
  return (
    <section className="card" aria-labelledby="content-title">
      <h2 id="content-title">{t('reportForm.content')}</h2>
      <dl className="facts">
        <dt>{t('reportForm.status')}</dt>
        <dd>{form.status ? t(`status.${form.status}`) : t('status.none')}</dd>
        <dt>{t('reportForm.narrative')}</dt>
        <dd className="prose" data-user-content>
          {form.narrative || '—'}
        </dd>
        <dt>{t('reportForm.areas')}</dt>
        <dd>
          <ul className="plain">
            {[...form.areas, ...reasons.keys()].map((code) => {
              const area = framework.areas.find((a) => a.code === code);
              const name = area ? areaName(area) : null;
              return (
                <li key={code}>
                  {t('common.areaNumber', { n: code })}
                  {name && (
                    <>
                      : <span lang={name.lang}>{name.text}</span>
                    </>
                  )}
                  {reasons.has(code) && <span className="hint area-why">{reasons.get(code)}</span>}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      <h3>{t('reportForm.checklist')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('reportForm.item')}</th>
            <th scope="col">{t('reportForm.answer')}</th>
            <th scope="col">{t('reportForm.noteHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {action.checklist.map((item) => {
            const entry = form.checklist[item.code];
            return (
              <tr key={item.code}>
                <th scope="row">
                  <span className="item-code">{item.code}</span> <Seeded>{item.text}</Seeded>
                  <PartComments part={{ kind: 'checklist', key: item.code }} />
                </th>
                <td>{answerText(t, entry?.answer ?? '')}</td>
                <td data-user-content>{entry?.note || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('reportForm.evidence')}</h3>
      {form.evidence.length === 0 ? (
        <p>{t('reportForm.noEvidence')}</p>
      ) : (
        <ul>
          {form.evidence.map((e, i) => (
            <li key={i}>
              <EvidenceText e={e} />
              <PartComments part={{ kind: 'evidence', key: evidenceKeys(form.evidence)[i] }} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** How the conflict screen names a report's parts and shows their values. */
export function reportPartDescriber(t: I18n['t']): PartDescriber {
  return {
    label(part) {
      if (part.startsWith('checklist.')) return `${t('reportForm.item')} ${part.slice(10)}`;
      if (part.startsWith('evidence.')) return `${t('reportForm.evidence')}: ${part.slice(9)}`;
      if (part === 'sensitivity') return t('sensitivity.textLabel');
      return t(`reportForm.${part as 'status' | 'narrative' | 'areas'}`);
    },
    value(part, value): ReactNode {
      if (part === 'sensitivity') return t(`sensitivity.${value as Sensitivity}`);
      if (part === 'status') return t(`status.${value as ImplementationStatus}`);
      if (part === 'areas') return (value as number[]).join(', ');
      if (part === 'narrative')
        return (
          <span className="prose" data-user-content>
            {String(value) || '—'}
          </span>
        );
      if (part.startsWith('checklist.')) {
        const entry = value as { answer: ChecklistAnswer; note: string | null };
        return (
          <>
            {answerText(t, entry.answer)}
            {entry.note && (
              <>
                {' — '}
                <span data-user-content>{entry.note}</span>
              </>
            )}
          </>
        );
      }
      const e = value as EvidenceEntry;
      return (
        <EvidenceText
          e={{ ...e, url: e.url ?? '', date: e.date ?? '', reference: e.reference ?? '' }}
        />
      );
    },
  };
}
