import type { PeriodView, ReviewView } from '../api/generated/api';
import { useI18n, type I18n } from '../i18n';
import type { VersionedRecord } from '../lib/editable/editorState';
import type { SaveStatus } from '../lib/editable/useEditableRecord';
import { StateBadge } from './badges';
import { Notice, type StatusTone } from './feedback';

/** What the page shows of any saved record (a report, indicator values). */
export interface SavedRecord extends VersionedRecord {
  updatedAt: string;
  updatedBy: string;
  review: ReviewView;
  submittedAt: string | null;
  validatedAt: string | null;
}

/** State, version, last change and due date of a record; the coordinator's comment if returned. */
export function RecordStatus({
  record,
  period,
}: {
  record: SavedRecord | null;
  period: PeriodView | undefined;
}) {
  const { t, date, dateTime } = useI18n();
  return (
    <>
      <dl className="record-status">
        <div>
          <dt>{t('record.state')}</dt>
          <dd>
            <StateBadge state={record?.state ?? 'none'} />
          </dd>
        </div>
        {record && (
          <div>
            <dt>{t('record.lastSaved')}</dt>
            <dd>
              {t('record.savedBy', {
                when: dateTime(record.updatedAt),
                who: record.updatedBy,
                version: record.version,
              })}
            </dd>
          </div>
        )}
        {period && (
          <div>
            <dt>{t('record.due')}</dt>
            <dd>
              {date(period.dueOn)}
              {period.state === 'closed' && ` · ${t('record.periodClosed')}`}
            </dd>
          </div>
        )}
        {record?.validatedAt && (
          <div>
            <dt>{t('record.validated')}</dt>
            <dd>{dateTime(record.validatedAt)}</dd>
          </div>
        )}
      </dl>
      {record?.state === 'returned' && record.review.comment && (
        <Notice kind="warning">
          <h2 className="notice-title">{t('record.returnedTitle')}</h2>
          <p>
            {t('record.returnedBy', {
              who: record.review.reviewedBy ?? '—',
              when: dateTime(record.review.reviewedAt),
            })}
          </p>
          <blockquote className="review-comment" data-user-content>
            {record.review.comment}
          </blockquote>
        </Notice>
      )}
    </>
  );
}

/** A failed save or transition in the error colour, saving as progress, the rest as success. */
export const saveStatusTone = (status: SaveStatus): StatusTone =>
  status.kind === 'failed' ? 'failure' : status.kind === 'saving' ? 'progress' : 'success';

export function saveStatusText(t: I18n['t'], status: SaveStatus, time: (v: string) => string) {
  switch (status.kind) {
    case 'saving':
      return t('record.saving');
    case 'saved':
      return t('record.saved', { time: time(status.at) });
    case 'done':
      return t(`record.done.${status.transition}`);
    case 'failed':
      return t('record.failed');
    default:
      return '';
  }
}
