import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  applyTreatyImport,
  listTreaties,
  uploadTreatyImport,
  type TreatyCode,
} from '../../api/endpoints';
import { ApiError } from '../../api/client';
import type { ParticipantPreviewView, TreatyImportView } from '../../api/generated/api';
import { ErrorNotice, Loading, Notice } from '../../components/feedback';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';

type Outcome = 'new_party' | 'new_signatory' | 'changed' | 'unchanged' | 'unmatched';
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A treaty's participant table from the UN Treaty Collection: upload it with the day it was read,
 * check the preview (new parties, changed dates, rows not matched, what the table leaves out),
 * then apply it. Nothing is written before "apply".
 */
export function AdminTreatyImports() {
  const { t } = useI18n();
  const client = useQueryClient();
  const treaties = useQuery({
    queryKey: ['treaties'],
    queryFn: ({ signal }) => listTreaties(signal),
  });
  const [treaty, setTreaty] = useState<TreatyCode>('SOM');
  const [readOn, setReadOn] = useState(today);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => uploadTreatyImport(treaty, file!, readOn),
  });
  const apply = useMutation({
    mutationFn: (id: string) => applyTreatyImport(treaty, id),
    onSuccess: () => client.invalidateQueries(),
  });
  const shown = apply.data ?? upload.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.reset();
    if (file) upload.mutate();
  };

  return (
    <section className="card" aria-labelledby="treaty-import-title">
      <h2 id="treaty-import-title">{t('treatyImport.title')}</h2>
      <p>{t('treatyImport.intro')}</p>
      {treaties.isPending && <Loading />}
      {treaties.error && <ErrorNotice error={treaties.error} onRetry={() => treaties.refetch()} />}
      <form onSubmit={submit}>
        <label>
          {t('treatyImport.treaty')}{' '}
          <select value={treaty} onChange={(event) => setTreaty(event.target.value as TreatyCode)}>
            {(treaties.data ?? []).map((entry) => (
              <option key={entry.code} value={entry.code} lang="en">
                {entry.code} — {entry.name}
              </option>
            ))}
          </select>
        </label>
        {treaties.data && (
          <p className="hint">
            {t('treatyImport.completeNow', {
              date:
                treaties.data.find((entry) => entry.code === treaty)?.coverage.completeAsOf ?? '—',
            })}
          </p>
        )}
        <label>
          {t('treatyImport.readOn')}{' '}
          <input
            type="date"
            required
            value={readOn}
            max={today()}
            onChange={(event) => setReadOn(event.target.value)}
          />
        </label>
        <label>
          {t('treatyImport.file')}{' '}
          <input
            type="file"
            required
            accept=".csv,.xlsx"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <p>
          <button type="submit" className="button" disabled={!file || upload.isPending}>
            {t('treatyImport.upload')}
          </button>
        </p>
      </form>
      {upload.error && <UploadRefusal error={upload.error} />}
      {shown && (
        <TreatyPreview
          view={shown}
          applying={apply.isPending}
          onApply={() => apply.mutate(shown.id)}
        />
      )}
      {apply.error && <ErrorNotice error={apply.error} />}
    </section>
  );
}

/** A table refused as a whole: every problem by its line or cell. */
function UploadRefusal({ error }: { error: Error }) {
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
  return (
    <>
      <ErrorNotice error={error} />
      {fieldErrors.length > 0 && (
        <ul className="notice notice-error" lang="en">
          {fieldErrors.map((entry) => (
            <li key={entry.field}>
              <code>{entry.field}</code> {entry.messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function TreatyPreview({
  view,
  applying,
  onApply,
}: {
  view: TreatyImportView;
  applying: boolean;
  onApply: () => void;
}) {
  const { t } = useI18n();
  const { preview, result } = view;
  const listed = preview.participants.filter((row) => row.outcome !== 'unchanged');
  const unchanged = preview.participants.filter((row) => row.outcome === 'unchanged');
  const outcomes: Outcome[] = ['new_party', 'new_signatory', 'changed', 'unchanged', 'unmatched'];
  return (
    <div>
      <h3>{t('treatyImport.preview')}</h3>
      <p>
        {t('treatyImport.provenance', {
          file: view.fileName,
          hash: view.fileSha256.slice(0, 12),
          date: view.readOn,
        })}
      </p>
      <ul className="inline-list">
        {outcomes.map((outcome) => (
          <li key={outcome}>
            {t(`treatyImport.outcome.${outcome}`)}: {preview.counts[outcome]}
          </li>
        ))}
      </ul>
      {preview.counts.unmatched > 0 && (
        <Notice kind="warning">{t('treatyImport.unmatchedHint')}</Notice>
      )}
      {listed.length > 0 && <ParticipantTable rows={listed} />}
      {unchanged.length > 0 && (
        <details>
          <summary>{t('treatyImport.showUnchanged', { count: unchanged.length })}</summary>
          <ParticipantTable rows={unchanged} />
        </details>
      )}
      {preview.notInTable.length > 0 && (
        <>
          <h4>{t('treatyImport.notInTable')}</h4>
          <ul lang="en">
            {preview.notInTable.map((entry) => (
              <li key={entry.participant}>
                {entry.name} ({entry.participant})
              </li>
            ))}
          </ul>
        </>
      )}
      {result ? (
        <Notice kind="success" role="status">
          {t('treatyImport.applied', {
            written: result.written,
            before: result.completeAsOf.before,
            after: result.completeAsOf.after,
            periods: result.periods.join(', '),
          })}{' '}
          <code>{result.source}</code>
        </Notice>
      ) : (
        <p>
          <button
            type="button"
            className="button"
            disabled={applying || preview.counts.unmatched > 0}
            onClick={onApply}
          >
            {t('treatyImport.apply', { date: view.readOn })}
          </button>
        </p>
      )}
    </div>
  );
}

function ParticipantTable({ rows }: { rows: ParticipantPreviewView[] }) {
  const { t } = useI18n();
  return (
    <TableScroll label={t('treatyImport.preview')}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('treatyImport.line')}</th>
            <th scope="col">{t('treatyImport.participant')}</th>
            <th scope="col">{t('treatyImport.result')}</th>
            <th scope="col">{t('treatyImport.signature')}</th>
            <th scope="col">{t('treatyImport.consent')}</th>
            <th scope="col">{t('treatyImport.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.ref}>
              <td>
                <code lang="en">{row.ref}</code>
              </td>
              <th scope="row" lang="en">
                {row.name}
                {row.participant && row.participant !== row.name && ` (${row.participant})`}
              </th>
              <td>{t(`treatyImport.outcome.${row.outcome as Outcome}`)}</td>
              <td>{row.signatureDate ?? '—'}</td>
              <td>
                {row.consentDate ?? '—'}{' '}
                {row.untcActionCode && <code lang="en">{row.untcActionCode}</code>}
              </td>
              <td data-user-content>
                {row.changes.map((change) => (
                  <p key={change.field}>
                    <code>{change.field}</code> {String(change.before ?? '—')} →{' '}
                    {String(change.after ?? '—')}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
