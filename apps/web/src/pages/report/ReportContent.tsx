import type { ReactNode } from 'react';
import type { ChecklistAnswer } from '../../api/codes';
import type { ActionView, FrameworkView } from '../../api/generated/api';
import { Seeded } from '../../components/badges';
import type { ConflictRow } from '../../components/ConflictView';
import { useI18n, type I18n } from '../../i18n';
import { same } from '../../lib/same';
import type { EvidenceForm, ReportForm } from './reportForm';

function EvidenceText({ e }: { e: EvidenceForm }) {
  const { t } = useI18n();
  return (
    <>
      <span>{t(`evidenceKind.${e.kind}`)}</span>: <span data-user-content>{e.title}</span>
      {e.reference && <span data-user-content>, {e.reference}</span>}
      {e.date && <span data-user-content> ({e.date})</span>}
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
            {form.areas.map((code) => {
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The rows of the conflict screen: each part of the report, mine against the saved one. */
export function reportConflictRows(
  t: I18n['t'],
  mine: ReportForm,
  theirs: ReportForm,
  action: ActionView,
): ConflictRow[] {
  const rows: ConflictRow[] = [];
  const text = (value: string): ReactNode =>
    value ? (
      <span className="prose" data-user-content>
        {value}
      </span>
    ) : (
      '—'
    );
  rows.push({
    key: 'status',
    label: t('reportForm.status'),
    mine: mine.status ? t(`status.${mine.status}`) : '—',
    theirs: theirs.status ? t(`status.${theirs.status}`) : '—',
    differs: mine.status !== theirs.status,
  });
  rows.push({
    key: 'narrative',
    label: t('reportForm.narrative'),
    mine: text(mine.narrative),
    theirs: text(theirs.narrative),
    differs: mine.narrative !== theirs.narrative,
  });
  rows.push({
    key: 'areas',
    label: t('reportForm.areas'),
    mine: mine.areas.join(', ') || '—',
    theirs: theirs.areas.join(', ') || '—',
    differs: !same(mine.areas, theirs.areas),
  });
  rows.push(...action.checklist.map((item) => checklistRow(t, item.code, mine, theirs)));
  const evidenceList = (list: EvidenceForm[]) =>
    list.length === 0 ? (
      '—'
    ) : (
      <ul className="plain">
        {list.map((e, i) => (
          <li key={i}>
            <EvidenceText e={e} />
          </li>
        ))}
      </ul>
    );
  rows.push({
    key: 'evidence',
    label: t('reportForm.evidence'),
    mine: evidenceList(mine.evidence),
    theirs: evidenceList(theirs.evidence),
    differs: !same(mine.evidence, theirs.evidence),
  });
  return rows;
}

/** One checklist item's answer and note, mine against the saved one. */
function checklistRow(
  t: I18n['t'],
  code: string,
  mine: ReportForm,
  theirs: ReportForm,
): ConflictRow {
  const a = mine.checklist[code] ?? { answer: '', note: '' };
  const b = theirs.checklist[code] ?? { answer: '', note: '' };
  const cell = (entry: typeof a) => (
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
  return {
    key: `checklist-${code}`,
    label: (
      <>
        {t('reportForm.item')} {code}
      </>
    ),
    mine: cell(a),
    theirs: cell(b),
    differs: !same(a, b),
  };
}
