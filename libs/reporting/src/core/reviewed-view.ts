import { AccessScope, allowedActions } from '@app/domain';
import type { ReviewedRecordView } from '../views';
import type { ReviewedRow } from './record.queries';

export const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The part of a record view every kind shows alike, with what this actor may do to it now. */
export function reviewedView(
  row: ReviewedRow,
  country: string,
  actor: AccessScope,
): ReviewedRecordView {
  return {
    state: row.state,
    version: row.version,
    review: {
      comment: row.review_comment,
      reviewedAt: iso(row.reviewed_at),
      reviewedBy: row.reviewed_by,
    },
    submittedAt: iso(row.submitted_at),
    submittedBy: row.submitted_by,
    validatedAt: iso(row.validated_at),
    validatedBy: row.validated_by,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
    allowedActions: allowedActions(actor, {
      country,
      state: row.state,
      version: row.version,
      periodOpen: row.period_open,
    }),
    // Times as every other time of the API (jsonb writes them its own way).
    openComments: row.open_comments.map((thread) => ({
      ...thread,
      createdAt: new Date(thread.createdAt).toISOString(),
    })),
  };
}
