// Comments on the parts of a record: each part's threads where the part is shown (the coordinator
// opens one, the focal point replies), and on a returned record the list of those to answer.
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { CommentPartKind } from '@app/domain';
import type { CommentThreadDoc, WriteCommentDto } from '../api/generated/api';
import { useI18n, type I18n } from '../i18n';
import { useAction } from '../lib/useAction';
import { ErrorNotice, Notice } from './feedback';
import { TextArea } from './fields';

type Thread = CommentThreadDoc;
export interface Part {
  kind: CommentPartKind;
  key?: string;
}

/** What the threads of one record need: how to read and write them, and what the user may do. */
export interface RecordCommentsSource {
  /** The record's queries' key, which its comments' key extends: all are read again after a comment. */
  recordKey: readonly unknown[];
  load(signal: AbortSignal): Promise<Thread[]>;
  write(body: WriteCommentDto): Promise<unknown>;
  setOpen(threadId: string, open: boolean): Promise<unknown>;
  /** Reviewers open, resolve and reopen threads. */
  canReview: boolean;
  /** Writers (the country's focal points) reply. */
  canWrite: boolean;
}

interface CommentsState extends RecordCommentsSource {
  threads: Thread[];
  busy: boolean;
  act(run: () => Promise<unknown>): Promise<boolean>;
}

const CommentsContext = createContext<CommentsState | null>(null);

const samePart = (thread: Thread, part: Part) =>
  thread.part.kind === part.kind && (thread.part.key ?? undefined) === part.key;

/** The id of a part's comments on the page, for links to it. */
export const partAnchor = (part: Part) =>
  `comments-${part.kind}${part.key ? `-${part.key.replace(/[^\p{L}\p{N}_-]+/gu, '_')}` : ''}`;

export const partLabel = (t: I18n['t'], part: Part) =>
  t('comments.part', { kind: part.kind, key: part.key ?? '' });

/** Loads a record's threads for the comment affordances below it. */
export function RecordCommentsProvider({
  source,
  enabled,
  children,
}: {
  source: RecordCommentsSource;
  /** Whether the record exists (a new one has no comments). */
  enabled: boolean;
  children: ReactNode;
}) {
  const threads = useQuery({
    queryKey: [...source.recordKey, 'comments'],
    queryFn: ({ signal }) => source.load(signal),
    enabled,
  });
  // The timeline shows comments too.
  const action = useAction([source.recordKey]);
  const state: CommentsState = {
    ...source,
    threads: threads.data ?? [],
    busy: action.busy,
    act: (run) => action.act(run, ''),
  };
  return (
    <CommentsContext.Provider value={state}>
      {action.error !== null && <ErrorNotice error={action.error} />}
      {children}
    </CommentsContext.Provider>
  );
}

/**
 * On a returned record, for the focal point: how many comments wait for an answer, each linking
 * to its part (whose comments then open).
 */
export function CommentsToAnswer() {
  const { t } = useI18n();
  const state = useContext(CommentsContext);
  const open = state?.threads.filter((thread) => thread.open) ?? [];
  if (open.length === 0) return null;
  return (
    <Notice kind="warning">
      <h2 className="notice-title">{t('comments.toAnswer', { count: open.length })}</h2>
      <p>{t('comments.toAnswerIntro')}</p>
      <ul>
        {open.map((thread) => {
          const part = { kind: thread.part.kind, key: thread.part.key ?? undefined };
          const anchor = partAnchor(part);
          return (
            <li key={thread.id}>
              <a href={`#${anchor}`} onClick={() => openDetails(anchor)}>
                {partLabel(t, part)}
              </a>
              : <span data-user-content>{thread.comments[0].body}</span>
            </li>
          );
        })}
      </ul>
    </Notice>
  );
}

const openDetails = (id: string) => {
  const element = document.getElementById(id);
  if (element instanceof HTMLDetailsElement) element.open = true;
};

/** The comments on one part: its threads (resolved ones folded), a reply, a new thread. */
export function PartComments({ part }: { part: Part }) {
  const { t } = useI18n();
  const state = useContext(CommentsContext);
  if (!state) return null;
  const threads = state.threads.filter((thread) => samePart(thread, part));
  if (threads.length === 0 && !state.canReview) return null;
  const open = threads.filter((thread) => thread.open);
  const resolved = threads.filter((thread) => !thread.open);
  const label = partLabel(t, part);
  return (
    <details className="part-comments" id={partAnchor(part)}>
      <summary>
        {t('comments.summary', { total: threads.length, open: open.length })}
        <span className="visually-hidden">{t('comments.label', { part: label })}</span>
      </summary>
      {open.map((thread) => (
        <ThreadView key={thread.id} thread={thread} state={state} />
      ))}
      {resolved.length > 0 && (
        <details className="resolved-threads">
          <summary>{t('comments.resolvedThreads', { count: resolved.length })}</summary>
          {resolved.map((thread) => (
            <ThreadView key={thread.id} thread={thread} state={state} />
          ))}
        </details>
      )}
      {state.canReview && (
        <CommentForm
          label={t('comments.add')}
          submit={t('comments.send')}
          busy={state.busy}
          onSend={(body) => state.act(() => state.write({ part: withKey(part), body }))}
        />
      )}
    </details>
  );
}

/** The comments on the whole record, when there are some or the user may write one. */
export function RecordComments() {
  const { t } = useI18n();
  const state = useContext(CommentsContext);
  if (
    !state ||
    (!state.canReview && !state.threads.some((thread) => thread.part.kind === 'record'))
  )
    return null;
  return (
    <section className="card" aria-labelledby="record-comments-title">
      <h2 id="record-comments-title">{t('comments.recordTitle')}</h2>
      <PartComments part={{ kind: 'record' }} />
    </section>
  );
}

const withKey = (part: Part) =>
  part.key ? { kind: part.kind, key: part.key } : { kind: part.kind };

function ThreadView({ thread, state }: { thread: Thread; state: CommentsState }) {
  const { t, dateTime } = useI18n();
  return (
    <article className={`comment-thread${thread.open ? ' open' : ' resolved'}`}>
      <p className="thread-state">
        {thread.open
          ? t('comments.open')
          : t('comments.resolution', { resolution: thread.resolution ?? 'resolved' })}
      </p>
      <ol className="plain">
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <p className="hint">
              {t('comments.byline', { who: comment.author, when: dateTime(comment.createdAt) })}
            </p>
            <blockquote className="review-comment" data-user-content>
              {comment.body}
            </blockquote>
          </li>
        ))}
      </ol>
      {thread.open && (state.canWrite || state.canReview) && (
        <CommentForm
          label={t('comments.reply')}
          submit={t('comments.sendReply')}
          busy={state.busy}
          onSend={(body) => state.act(() => state.write({ replyTo: thread.id, body }))}
        />
      )}
      {state.canReview && (
        <button
          type="button"
          className="button link"
          disabled={state.busy}
          onClick={() => void state.act(() => state.setOpen(thread.id, !thread.open))}
        >
          {thread.open ? t('comments.resolve') : t('comments.reopen')}
        </button>
      )}
    </article>
  );
}

/** A comment or a reply: it may not be empty. Not a form (it may sit inside the record's form). */
function CommentForm({
  label,
  submit,
  busy,
  onSend,
}: {
  label: string;
  submit: string;
  busy: boolean;
  onSend(body: string): Promise<boolean>;
}) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const send = async () => {
    setEmpty(!body.trim());
    if (body.trim() && (await onSend(body.trim()))) setBody('');
  };
  return (
    <div className="comment-form">
      <TextArea
        label={label}
        error={empty ? t('comments.required') : undefined}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        maxLength={2000}
      />
      <button
        type="button"
        className="button secondary"
        disabled={busy}
        onClick={() => void send()}
      >
        {submit}
      </button>
    </div>
  );
}
