// Indicator values' review context: the cells changed since the coordinator last acted, and the
// timeline.
import { indicatorParts, type IndicatorValueInput } from '@app/domain';
import {
  getIndicatorSetChanges,
  getIndicatorSetHistory,
  type IndicatorSetKey,
} from '../../api/endpoints';
import type { IndicatorView } from '../../api/generated/api';
import { ChangesSinceReview, RecordTimeline } from '../../components/ReviewContext';
import { useI18n } from '../../i18n';
import { indicatorPartDescriber } from './indicatorParts';

interface Props {
  setKey: IndicatorSetKey;
  /** Keys the reads: they are made again after each save or transition. */
  version: number;
  indicators: IndicatorView[];
}

const queryKey = ({ iso3, period }: IndicatorSetKey, version: number, what: string) => [
  'indicator-set',
  iso3,
  period,
  version,
  what,
];

/** For the coordinator reviewing a resubmission: each cell changed since they acted. */
export function IndicatorChanges({ setKey, version, indicators }: Props) {
  const i18n = useI18n();
  return (
    <ChangesSinceReview
      queryKey={queryKey(setKey, version, 'changes')}
      load={(signal) => getIndicatorSetChanges(setKey, signal)}
      describe={indicatorPartDescriber(i18n, indicators)}
    />
  );
}

/** Transitions, comments and saves, newest first. */
export function IndicatorTimeline({ setKey, version, indicators }: Props) {
  const i18n = useI18n();
  return (
    <RecordTimeline
      queryKey={queryKey(setKey, version, 'history')}
      load={(signal) => getIndicatorSetHistory(setKey, signal)}
      // The audit trail keeps the values as saved: a list of indicator values.
      parts={(content) => indicatorParts({ values: content as IndicatorValueInput[] })}
      describe={indicatorPartDescriber(i18n, indicators)}
    />
  );
}
