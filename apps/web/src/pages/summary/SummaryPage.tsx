import { useEffect, useState } from 'react';
import {
  downloadSummary,
  getPeriods,
  getProcesses,
  getSummary,
  getSummarySeries,
} from '../../api/endpoints';
import { ErrorNotice, Loading, LiveStatus, Notice, PageHeading } from '../../components/feedback';
import { SelectField } from '../../components/fields';
import { useI18n } from '../../i18n';
import { latestEndedPeriod } from '../../lib/dates';
import { useRouter } from '../../lib/router';
import { useApi } from '../../lib/useApi';
import { SummaryView } from './SummaryView';
import { SeriesView } from './SeriesView';

const REFRESH_MS = 15_000;

/** `/summaries`: the RCM and the newest period that has ended, unless the user picks others. */
export function SummaryRedirect({ process = 'RCM' }: { process?: string }) {
  const { navigate } = useRouter();
  const periods = useApi((signal) => getPeriods(signal), []);
  useEffect(() => {
    if (!periods.data) return;
    const period = latestEndedPeriod(periods.data);
    if (period) navigate(`/summaries/${process}/${period.code}`, { replace: true });
  }, [periods.data, navigate, process]);
  if (periods.error !== null) return <ErrorNotice error={periods.error} onRetry={periods.reload} />;
  return <Loading />;
}

/** Regional summary of a process and period: charts and tables, series, downloads. */
export function SummaryPage({ process, period }: { process: string; period: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [downloading, setDownloading] = useState<string | null>(null);
  const [downloadMessage, setDownloadMessage] = useState('');
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const choices = useApi(async (signal) => {
    const [processes, periods] = await Promise.all([getProcesses(), getPeriods(signal)]);
    return { processes, periods };
  }, []);
  const summary = useApi(
    async (signal) => {
      const [one, series] = await Promise.all([
        getSummary(process, period, signal),
        getSummarySeries(process, signal),
      ]);
      return { summary: one?.data ?? null, series: series?.data ?? null };
    },
    [process, period],
  );

  // Summaries are recomputed in the background within seconds of a validation: keep it fresh
  // (quietly: what is on screen, an error included, stays until the new answer).
  const { refresh } = summary;
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const download = async (format: 'csv' | 'xlsx' | 'pdf') => {
    setDownloading(format);
    setDownloadError(null);
    setDownloadMessage(t('summary.downloading', { format: format.toUpperCase() }));
    try {
      const name = await downloadSummary(process, period, format);
      setDownloadMessage(t('summary.downloaded', { name }));
    } catch (error) {
      setDownloadMessage('');
      setDownloadError(error);
    } finally {
      setDownloading(null);
    }
  };

  const processName = choices.data?.processes.find((p) => p.code === process)?.name;
  const title = t('summary.title', { process, period });

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {processName && (
        <p className="lead" lang="en">
          {processName}
        </p>
      )}
      <form
        className="card picker"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('summary.pick')}
      >
        <SelectField
          label={t('summary.process')}
          value={process}
          onChange={(e) => navigate(`/summaries/${e.target.value}/${period}`)}
          options={(choices.data?.processes ?? [{ code: process, name: process }]).map((p) => ({
            value: p.code,
            label: `${p.code} — ${p.name}`,
            lang: 'en',
          }))}
        />
        <SelectField
          label={t('common.period')}
          value={period}
          onChange={(e) => navigate(`/summaries/${process}/${e.target.value}`)}
          options={(choices.data?.periods ?? [{ code: period }]).map((p) => ({
            value: p.code,
            label: p.code,
          }))}
        />
        <button
          type="button"
          className="button secondary refresh"
          // Busy, not disabled: the 15 s auto-refresh must not take keyboard focus off it.
          aria-busy={summary.loading}
          onClick={() => {
            if (!summary.loading) summary.reload();
          }}
        >
          {t('common.refresh')}
        </button>
        <div className="downloads" role="group" aria-label={t('summary.downloads')}>
          <span className="downloads-label">{t('summary.downloads')}</span>
          {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button secondary"
              disabled={downloading !== null || !summary.data?.summary}
              onClick={() => void download(format)}
            >
              {t('summary.download', { format: format.toUpperCase() })}
            </button>
          ))}
        </div>
      </form>
      <LiveStatus message={downloadMessage} />
      {downloadError !== null && <ErrorNotice error={downloadError} />}

      {summary.loading && !summary.data && summary.error === null && <Loading />}
      {summary.error !== null && <ErrorNotice error={summary.error} onRetry={summary.reload} />}
      {summary.data && !summary.data.summary && (
        <Notice kind="info" role="status">
          {t('summary.notComputed')}
        </Notice>
      )}
      {summary.data?.summary && <SummaryView summary={summary.data.summary} />}
      {summary.data?.series && <SeriesView series={summary.data.series} current={period} />}
    </>
  );
}
