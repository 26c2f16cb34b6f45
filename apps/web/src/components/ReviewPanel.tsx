import { useState, type FormEvent } from 'react';
import type { Transition, TransitionNote } from '../api/endpoints';
import { useI18n } from '../i18n';
import type { RecordAction } from '../lib/permissions';
import { ConfirmButton } from './ConfirmButton';
import { TextArea } from './fields';

type OnTransition = (name: Transition, note?: TransitionNote) => Promise<boolean>;

/**
 * A coordinator's (or admin's) review, as far as it is allowed now: return a submitted record
 * with a comment or validate it; reopen a validated one, giving the reason. A focal point may
 * instead withdraw their submission while no coordinator has acted on it.
 */
export function ReviewPanel({
  allowed,
  busy,
  onTransition,
}: {
  allowed: readonly RecordAction[];
  busy: boolean;
  onTransition: OnTransition;
}) {
  const { t } = useI18n();
  // An admin may do both: the review comes first.
  if (allowed.includes('withdraw') && !allowed.includes('validate'))
    return (
      <section className="card review-panel" aria-labelledby="withdraw-title">
        <h2 id="withdraw-title">{t('withdraw.title')}</h2>
        <p>{t('withdraw.intro')}</p>
        <ConfirmButton
          className="button secondary"
          disabled={busy}
          title={t('confirm.withdraw.title')}
          body={t('confirm.withdraw.body')}
          confirm={t('confirm.withdraw.confirm')}
          onConfirm={() => void onTransition('withdraw')}
        >
          {t('withdraw.button')}
        </ConfirmButton>
      </section>
    );
  if (allowed.includes('validate') || allowed.includes('return'))
    return (
      <section className="card review-panel" aria-labelledby="review-title">
        <h2 id="review-title">{t('review.panelTitle')}</h2>
        <p>{t('review.panelIntro')}</p>
        {allowed.includes('validate') && (
          <div className="button-row">
            <ConfirmButton
              className="button primary"
              disabled={busy}
              title={t('confirm.validate.title')}
              body={t('confirm.validate.body')}
              confirm={t('confirm.validate.confirm')}
              onConfirm={() => void onTransition('validate')}
            >
              {t('review.validate')}
            </ConfirmButton>
          </div>
        )}
        {allowed.includes('return') && (
          <NoteForm
            label={t('review.comment')}
            hint={t('review.commentHint')}
            missing={t('review.commentRequired')}
            rows={3}
            submit={t('review.return')}
            busy={busy}
            onSend={(comment) => onTransition('return', { comment })}
          />
        )}
      </section>
    );
  if (allowed.includes('reopen'))
    return (
      <section className="card review-panel" aria-labelledby="review-title">
        <h2 id="review-title">{t('review.reopenTitle')}</h2>
        <NoteForm
          label={t('review.reason')}
          missing={t('review.reasonRequired')}
          rows={2}
          submit={t('review.reopen')}
          busy={busy}
          onSend={(reason) => onTransition('reopen', { reason })}
        />
      </section>
    );
  return null;
}

/** A note an action needs (the comment to return, the reason to reopen): it may not be empty. */
function NoteForm({
  label,
  hint,
  missing,
  rows,
  submit,
  busy,
  onSend,
}: {
  label: string;
  hint?: string;
  /** What to say when the note is empty. */
  missing: string;
  rows: number;
  submit: string;
  busy: boolean;
  /** Whether it was done (the note then goes). */
  onSend(note: string): Promise<boolean>;
}) {
  const [note, setNote] = useState('');
  const [empty, setEmpty] = useState(false);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setEmpty(!note.trim());
    if (note.trim() && (await onSend(note.trim()))) setNote('');
  };
  return (
    <form onSubmit={send} noValidate>
      <TextArea
        label={label}
        hint={hint}
        error={empty ? missing : undefined}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={rows}
        maxLength={4000}
        required
      />
      <button type="submit" className="button secondary" disabled={busy}>
        {submit}
      </button>
    </form>
  );
}
