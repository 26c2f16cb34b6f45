import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  applyImport,
  discardImport,
  downloadWorkbook,
  getImport,
  uploadImport,
} from '../api/endpoints';
import type { ImportView, RecordPreviewView } from '../api/generated/api';
import { useI18n } from '../i18n';
import { ErrorNotice, LiveStatus, Notice } from './feedback';

const RUNNING = new Set(['queued', 'processing']);

/**
 * Download a country's workbook, upload it (or a CSV), follow the worker's preview, then apply it
 * or discard it. Nothing is saved before "apply".
 */
export function WorkOffline({ iso3, periods }: { iso3: string; periods: string[] }) {
  const { t } = useI18n();
  const [period, setPeriod] = useState(periods[0] ?? '');
  const [importId, setImportId] = useState<string | null>(null);
  const download = useMutation({ mutationFn: () => downloadWorkbook(iso3, period) });
  const upload = useMutation({
    mutationFn: uploadImport,
    onSuccess: (created) => setImportId(created.id),
  });
  const current = useQuery({
    queryKey: ['imports', importId],
    queryFn: ({ signal }) => getImport(importId!, signal),
    enabled: importId !== null,
    // Polled while the worker reads the file; its progress is shown as it goes.
    refetchInterval: (query) => (RUNNING.has(query.state.data?.state ?? 'queued') ? 1000 : false),
  });
  const headingId = `work-offline-${iso3}`;
  return (
    <section aria-labelledby={headingId} className="work-offline">
      <h3 id={headingId}>{t('imports.title')}</h3>
      <p>
        <label>
          {t('common.period')}{' '}
          <select value={period} onChange={(event) => setPeriod(event.target.value)}>
            {periods.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>{' '}
        <button type="button" className="button secondary" onClick={() => download.mutate()}>
          {t('imports.download', { period })}
        </button>
      </p>
      <p>
        <label>
          {t('imports.upload')}{' '}
          <input
            type="file"
            accept=".xlsx,.csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload.mutate(file);
            }}
          />
        </label>
      </p>
      {[download.error, upload.error, current.error].map(
        (error, index) => error && <ErrorNotice key={index} error={error} />,
      )}
      {current.data && <ImportState view={current.data} onClosed={() => setImportId(null)} />}
    </section>
  );
}

function ImportState({ view, onClosed }: { view: ImportView; onClosed: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const done = () => client.invalidateQueries();
  const apply = useMutation({ mutationFn: () => applyImport(view.id), onSuccess: done });
  const discard = useMutation({ mutationFn: () => discardImport(view.id), onSuccess: onClosed });
  if (RUNNING.has(view.state))
    return <LiveStatus message={t('imports.processing', { progress: view.progress })} />;
  if (view.state === 'failed')
    return <Notice kind="error">{t('imports.failed', { reason: view.failure ?? '' })}</Notice>;
  const result = apply.data?.result ?? view.result;
  return (
    <div>
      {result && (
        <Notice kind="success" role="status">
          {t('imports.applied', { count: result.written.length })}
        </Notice>
      )}
      {result && result.conflicts.length > 0 && (
        <Notice kind="warning">
          <p>{t('imports.notSaved')}</p>
          <ul>
            {result.conflicts.map((conflict) => (
              <li key={`${conflict.country}-${conflict.period}-${conflict.action}`}>
                <RecordName record={conflict} /> <span lang="en">{conflict.message}</span>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {view.preview && <PreviewTable records={view.preview.records} />}
      {view.preview?.errors.map((error) => (
        <Notice key={error.ref} kind="warning">
          <code>{error.ref}</code> <span lang="en">{error.message}</span>
        </Notice>
      ))}
      {apply.error && <ErrorNotice error={apply.error} />}
      {view.state === 'previewed' && !result && (
        <p>
          <button type="button" className="button" onClick={() => apply.mutate()}>
            {t('imports.apply')}
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => discard.mutate()}>
            {t('imports.discard')}
          </button>
        </p>
      )}
    </div>
  );
}

const shown = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function PreviewTable({ records }: { records: RecordPreviewView[] }) {
  const { t } = useI18n();
  return (
    <table className="preview-table">
      <caption>{t('imports.preview')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.action')}</th>
          <th scope="col">{t('workbook.label.state')}</th>
          <th scope="col">{t('imports.before')}</th>
          <th scope="col">{t('imports.after')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={`${record.country}-${record.period}-${record.action}`}>
            <th scope="row">
              <RecordName record={record} />
            </th>
            <td>
              {t(`imports.outcome.${record.outcome as 'created'}`)}
              {record.conflict && <p>{t('imports.conflict')}</p>}
              {record.errors.map((error) => (
                <p key={error.ref + error.message}>
                  <code>{error.ref}</code> <span lang="en">{error.message}</span>
                </p>
              ))}
            </td>
            <td data-user-content>
              {record.changes.map((change) => (
                <p key={change.field}>
                  <code>{change.field}</code> {shown(change.before)}
                </p>
              ))}
            </td>
            <td data-user-content>
              {record.changes.map((change) => (
                <p key={change.field}>
                  <code>{change.field}</code> {shown(change.after)}
                </p>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `MEX 2025 (d)` for a report, `MEX 2025 Indicator values` for the indicator values. */
function RecordName({
  record,
}: {
  record: { country: string; period: string; action: string | null };
}) {
  const { t } = useI18n();
  return (
    <>
      {record.country} {record.period}{' '}
      {record.action === null ? t('imports.indicatorValues') : `(${record.action})`}
    </>
  );
}
