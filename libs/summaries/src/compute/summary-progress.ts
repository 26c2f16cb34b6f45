import { isDeepStrictEqual } from 'node:util';
import type { SnapshotRow } from '../summaries.queries';
import type { SummaryData } from '../summary-data';
import type { CoverageRow } from './summary-inputs.queries';

/** What a progress refresh does with a stored summary, given its coverage row read now. */
export type ProgressRefresh =
  | { kind: 'recompute' }
  | { kind: 'unchanged' }
  | { kind: 'store'; data: SummaryData; newestChangeAt: Date | null };

/**
 * A stored summary brought up to date by its counts of reports not validated alone, when
 * nothing else it shows can have moved as far as its coverage row tells: no report or indicator
 * set that is or was validated changed after it, the validated count and members are the same,
 * and it was computed on the same UTC day (the overdue list depends on the date). Otherwise
 * (or with nothing stored) it needs the full recompute.
 */
export function progressRefresh(
  stored: SnapshotRow | undefined,
  coverage: CoverageRow | undefined,
  now: Date,
): ProgressRefresh {
  if (!stored || !coverage) return { kind: 'recompute' };
  const figuresMoved =
    coverage.figuresChangedAt !== null &&
    (stored.newestChangeAt === null || coverage.figuresChangedAt > stored.newestChangeAt);
  const sameDay = stored.computedAt.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  if (
    figuresMoved ||
    !sameDay ||
    stored.data.validatedReports !== coverage.validated ||
    !isDeepStrictEqual(stored.data.memberCodes, coverage.memberCodes)
  )
    return { kind: 'recompute' };
  const notValidated = {
    submitted: coverage.submitted,
    returned: coverage.returned,
    draft: coverage.draft,
  };
  if (
    isDeepStrictEqual(notValidated, stored.data.notValidated) &&
    stored.newestChangeAt?.getTime() === coverage.newestChangeAt?.getTime()
  )
    return { kind: 'unchanged' };
  return {
    kind: 'store',
    data: { ...stored.data, notValidated },
    newestChangeAt: coverage.newestChangeAt,
  };
}
