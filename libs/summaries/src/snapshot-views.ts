import { FrameworkTexts } from '@app/reference';
import type { SnapshotRow } from './summaries.queries';
import type { SummaryPointView, SummaryView } from './summary-data';
import { summaryInLanguage } from './summary-language';

/**
 * A stored snapshot as a summary, in English as stored; an area's `name` is filled in for
 * snapshots stored before it existed.
 */
export const toView = (row: SnapshotRow): SummaryView =>
  summaryInLanguage(
    {
      ...row.data,
      generatedAt: row.computedAt.toISOString(),
      newestChangeAt: row.newestChangeAt?.toISOString() ?? null,
    },
    FrameworkTexts.english(),
  );

/** A stored snapshot as one period of a series. */
export const toPoint = (row: SnapshotRow): SummaryPointView => ({
  period: row.data.period,
  completeness: row.data.completeness,
  timeliness: row.data.timeliness,
  membersReported: row.data.membersReported,
  protocolParties: row.data.protocol.parties,
  areas: row.data.areas,
  generatedAt: row.computedAt.toISOString(),
});
