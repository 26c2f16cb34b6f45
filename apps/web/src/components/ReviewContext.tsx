// Review with context, beside a record: what changed since the coordinator last acted (part by
// part, before → after) and the record's timeline (transitions, comments and saves, newest first).
import { partChanges, type RecordParts } from '@app/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { components } from '../api/generated/api';
import { useI18n, type MessageKey } from '../i18n';
import type { PartDescriber } from './ConflictView';
import { ErrorNotice, Loading } from './feedback';
import { partLabel, type Part } from './PartComments';
import { TableScroll } from './fields';

type AuditEvent = components['schemas']['AuditEventDoc'];
type Changes = components['schemas']['ChangesViewDoc'];

const VERBS = ['created', 'updated', 'submitted', 'withdrawn', 'returned', 'validated', 'reopened'];

/** A value of a part, or "absent" for null. */
function PartValue({
  part,
  value,
  describe,
}: {
  part: string;
  value: unknown;
  describe: PartDescriber;
}) {
  const { t } = useI18n();
  return <>{value === null ? <em>{t('changes.absent')}</em> : describe.value(part, value)}</>;
}

/** What changed since the coordinator's last return or validation: each part, before → after. */
export function ChangesSinceReview({
  queryKey,
  load,
  describe,
}: {
  queryKey: readonly unknown[];
  load(signal: AbortSignal): Promise<Changes>;
  describe: PartDescriber;
}) {
  const { t } = useI18n();
  const changes = useQuery({ queryKey, queryFn: ({ signal }) => load(signal) });
  if (changes.error) return <ErrorNotice error={changes.error} />;
  if (!changes.data) return <Loading />;
  const { since, changes: parts } = changes.data;
  if (since === null) return null;
  return (
    <section className="card changes-since" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title', { version: since })}</h2>
      {parts.length === 0 ? (
        <p>{t('changes.none')}</p>
      ) : (
        <TableScroll label={t('changes.table')}>
          <table>
            <caption className="visually-hidden">{t('changes.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('changes.part')}</th>
                <th scope="col">{t('changes.before')}</th>
                <th scope="col">{t('changes.after')}</th>
              </tr>
            </thead>
            <tbody>
              {parts.map((change) => (
                <tr key={change.part}>
                  <th scope="row">{describe.label(change.part)}</th>
                  <td>
                    <PartValue part={change.part} value={change.before} describe={describe} />
                  </td>
                  <td>
                    <PartValue part={change.part} value={change.after} describe={describe} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** The record's history, newest first, in the reader's language. */
export function RecordTimeline({
  queryKey,
  load,
  parts,
  describe,
}: {
  queryKey: readonly unknown[];
  load(signal: AbortSignal): Promise<AuditEvent[]>;
  /** A saved content's parts, to name what a save changed. */
  parts(content: unknown): RecordParts;
  describe: PartDescriber;
}) {
  const { t } = useI18n();
  const history = useQuery({ queryKey, queryFn: ({ signal }) => load(signal) });
  if (history.error) return <ErrorNotice error={history.error} />;
  if (!history.data) return <Loading />;
  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <ol>
        {[...history.data].reverse().map((event) => (
          <TimelineEntry key={event.id} event={event} parts={parts} describe={describe} />
        ))}
      </ol>
    </section>
  );
}

function TimelineEntry({
  event,
  parts,
  describe,
}: {
  event: AuditEvent;
  parts(content: unknown): RecordParts;
  describe: PartDescriber;
}) {
  const { t, dateTime } = useI18n();
  const verb = event.action.slice(event.action.indexOf('.') + 1);
  const after = (event.after ?? {}) as {
    version?: number;
    comment?: string;
    part?: { kind: Part['kind']; key: string | null };
    body?: string;
    resolution?: string;
  };
  const who = event.actor.email ?? '—';
  const part = after.part
    ? partLabel(t, { kind: after.part.kind, key: after.part.key ?? undefined })
    : '';
  const what =
    verb === 'commented'
      ? t('timeline.commented', { who, part })
      : verb === 'comment_resolved'
        ? t('timeline.commentResolved', { who, part, resolution: after.resolution ?? 'resolved' })
        : verb === 'comment_reopened'
          ? t('timeline.commentReopened', { who, part })
          : VERBS.includes(verb)
            ? t(`timeline.${verb}` as MessageKey, { who })
            : t('timeline.other', { who });
  let detail: ReactNode = null;
  if (verb === 'commented')
    detail = (
      <blockquote className="review-comment" data-user-content>
        {after.body}
      </blockquote>
    );
  else if (verb === 'updated' && event.before) {
    const changed = partChanges(parts(event.before), parts(event.after));
    if (changed.length)
      detail = (
        <p>
          {t('timeline.changed', { parts: changed.map((c) => describe.label(c.part)).join(', ') })}
        </p>
      );
  } else if (after.comment)
    detail = (
      <blockquote className="review-comment" data-user-content>
        {after.comment}
      </blockquote>
    );
  return (
    <li>
      <p>
        <time dateTime={event.occurredAt}>{dateTime(event.occurredAt)}</time> · {what}
      </p>
      {detail}
    </li>
  );
}
