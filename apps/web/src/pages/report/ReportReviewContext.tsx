// A report's review context: what changed since the coordinator last acted, and its timeline.
import { reportParts, type ReportDocument } from '@app/domain';
import { getReportChanges, getReportHistory, type ReportKey } from '../../api/endpoints';
import { ChangesSinceReview, RecordTimeline } from '../../components/ReviewContext';
import { useI18n } from '../../i18n';
import { reportPartDescriber } from './ReportContent';

interface Props {
  reportKey: ReportKey;
  /** Keys the reads: they are made again after each save or transition. */
  version: number;
}

const queryKey = ({ iso3, period, action }: ReportKey, version: number, what: string) => [
  'report',
  iso3,
  period,
  action,
  version,
  what,
];

/** For the coordinator reviewing a resubmission: each part changed since they acted. */
export function ReportChanges({ reportKey, version }: Props) {
  const { t } = useI18n();
  return (
    <ChangesSinceReview
      queryKey={queryKey(reportKey, version, 'changes')}
      load={(signal) => getReportChanges(reportKey, signal)}
      describe={reportPartDescriber(t)}
    />
  );
}

/** Transitions, comments and saves, newest first. */
export function ReportTimeline({ reportKey, version }: Props) {
  const { t } = useI18n();
  return (
    <RecordTimeline
      queryKey={queryKey(reportKey, version, 'history')}
      load={(signal) => getReportHistory(reportKey, signal)}
      parts={(content) => reportParts(content as ReportDocument)}
      describe={reportPartDescriber(t)}
    />
  );
}
