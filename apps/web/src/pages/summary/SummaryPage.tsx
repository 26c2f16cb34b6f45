import { useMutation, useQuery, type UseMutationResult } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { downloadSummary } from '../../api/endpoints';
import { queries } from '../../api/queries';
import { ErrorNotice, Loading, LiveStatus, Notice, PageHeading } from '../../components/feedback';
import { SelectField } from '../../components/fields';
import { useI18n } from '../../i18n';
import { latestEndedPeriod } from '../../lib/dates';
import { SeriesView } from './SeriesView';
import { SummaryView } from './SummaryView';

const REFRESH_MS = 15_000;
const FORMATS = ['csv', 'xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** `/summaries`: the RCM and the newest period that has ended, unless the user picks others. */
export function SummaryRedirect({ process = 'RCM' }: { process?: string }) {
  const periods = useQuery(queries.periods);
  const period = periods.data && latestEndedPeriod(periods.data);
  if (period) return <Navigate to={`/summaries/${process}/${period.code}`} replace />;
  if (periods.isError && !periods.isFetching)
    return <ErrorNotice error={periods.error} onRetry={() => void periods.refetch()} />;
  return <Loading />;
}

/** Regional summary of a process and period: charts and tables, series, downloads. */
export function SummaryPage({ process, period }: { process: string; period: string }) {
  const { t } = useI18n();
  // Summaries are recomputed in the background within seconds of a validation: keep it fresh
  // (quietly: what is on screen, an error included, stays until the new answer; not while the
  // tab is hidden).
  const live = { refetchInterval: REFRESH_MS } as const;
  const summary = useQuery({ ...queries.summary(process, period), ...live });
  const series = useQuery({ ...queries.summarySeries(process), ...live });
  const loading = summary.isFetching || series.isFetching;
  const error = summary.error ?? series.error;
  const refresh = () => {
    void summary.refetch();
    void series.refetch();
  };
  const title = t('summary.title', { process, period });

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <SummaryPicker
        process={process}
        period={period}
        loading={loading}
        onRefresh={refresh}
        downloadable={Boolean(summary.data)}
      />
      {loading && summary.data === undefined && error === null && <Loading />}
      {error !== null && <ErrorNotice error={error} onRetry={refresh} />}
      {summary.data === null && (
        <Notice kind="info" role="status">
          {t('summary.notComputed')}
        </Notice>
      )}
      {summary.data && <SummaryView summary={summary.data} />}
      {series.data && <SeriesView series={series.data} current={period} />}
    </>
  );
}

/** The process and period to show, Refresh, and the downloads (with what they did). */
function SummaryPicker({
  process,
  period,
  loading,
  onRefresh,
  downloadable,
}: {
  process: string;
  period: string;
  loading: boolean;
  onRefresh(): void;
  downloadable: boolean;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const processes = useQuery(queries.processes);
  const periods = useQuery(queries.periods);
  const download = useMutation({
    mutationFn: (format: Format) => downloadSummary(process, period, format),
  });
  const processName = processes.data?.find((p) => p.code === process)?.name;
  return (
    <>
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
          options={(processes.data ?? [{ code: process, name: process }]).map((p) => ({
            value: p.code,
            label: `${p.code} — ${p.name}`,
            lang: 'en',
          }))}
        />
        <SelectField
          label={t('common.period')}
          value={period}
          onChange={(e) => navigate(`/summaries/${process}/${e.target.value}`)}
          options={(periods.data ?? [{ code: period }]).map((p) => ({
            value: p.code,
            label: p.code,
          }))}
        />
        <button
          type="button"
          className="button secondary refresh"
          // Busy, not disabled: the 15 s auto-refresh must not take keyboard focus off it.
          aria-busy={loading}
          onClick={() => {
            if (!loading) onRefresh();
          }}
        >
          {t('common.refresh')}
        </button>
        <Downloads download={download} downloadable={downloadable} />
      </form>
      <DownloadStatus download={download} />
    </>
  );
}

type Download = UseMutationResult<string, Error, Format>;

/** A button per format (one download at a time; none before the summary is computed). */
function Downloads({ download, downloadable }: { download: Download; downloadable: boolean }) {
  const { t } = useI18n();
  return (
    <div className="downloads" role="group" aria-label={t('summary.downloads')}>
      <span className="downloads-label">{t('summary.downloads')}</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button secondary"
          disabled={download.isPending || !downloadable}
          onClick={() => download.mutate(format)}
        >
          {t('summary.download', { format: format.toUpperCase() })}
        </button>
      ))}
    </div>
  );
}

/** What the download is doing, or why it failed. */
function DownloadStatus({ download }: { download: Download }) {
  const { t } = useI18n();
  const message = download.isPending
    ? t('summary.downloading', { format: download.variables.toUpperCase() })
    : download.isSuccess
      ? t('summary.downloaded', { name: download.data })
      : '';
  return (
    <>
      <LiveStatus message={message} />
      {download.error !== null && <ErrorNotice error={download.error} />}
    </>
  );
}
