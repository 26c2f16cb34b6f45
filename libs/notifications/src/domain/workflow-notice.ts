import type { RecordTransition } from '@app/queue';
import type { NotificationKind } from '../entities';

/** What a transition is, for the people told of it. */
export function notificationKind(transition: RecordTransition): NotificationKind {
  switch (transition.event) {
    case 'submit':
      return transition.resubmit ? 'record_resubmitted' : 'record_submitted';
    case 'return':
      return 'record_returned';
    case 'validate':
      return 'record_validated';
    case 'reopen':
      return 'record_reopened';
  }
}

/** Submissions go to the coordinators, batched; the review's outcome to the country's focal points. */
export const isSubmission = (kind: NotificationKind): boolean =>
  kind === 'record_submitted' || kind === 'record_resubmitted';

/** Names one transition: the record and its version after it (a record never reuses a version). */
export function transitionKey(transition: RecordTransition): string {
  const record = [transition.record, transition.country, transition.period, transition.action]
    .filter(Boolean)
    .join(':');
  return `${record}:v${transition.version}`;
}

/** The web app's page of a record. */
export function recordPath(record: {
  recordType: 'report' | 'indicator_set';
  country: string;
  period: string;
  action: string | null;
}): string {
  return record.recordType === 'report'
    ? `/reports/${record.country}/${record.period}/${record.action}`
    : `/indicators/${record.country}/${record.period}`;
}

/** The start of the batch window (of `windowMs`, counted from the epoch) that `instant` falls in. */
export function batchWindowStart(instant: Date, windowMs: number): Date {
  return new Date(Math.floor(instant.getTime() / windowMs) * windowMs);
}
