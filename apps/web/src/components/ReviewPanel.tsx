import { useState, type FormEvent } from 'react';
import type { Transition } from '../api/endpoints';
import type { WorkflowState } from '../api/types';
import { useI18n } from '../i18n';
import { TextArea } from './fields';

/** A coordinator's (or admin's) review of a submitted record: return with a comment, or validate. */
export function ReviewPanel({
  state,
  busy,
  onTransition,
}: {
  state: WorkflowState;
  busy: boolean;
  onTransition(name: Transition, body?: { comment?: string; reason?: string }): Promise<boolean>;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  if (state === 'submitted') {
    const sendBack = async (event: FormEvent) => {
      event.preventDefault();
      if (!comment.trim()) {
        setMissing(true);
        return;
      }
      setMissing(false);
      if (await onTransition('return', { comment: comment.trim() })) setComment('');
    };
    return (
      <section className="card review-panel" aria-labelledby="review-title">
        <h2 id="review-title">{t('review.panelTitle')}</h2>
        <p>{t('review.panelIntro')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void onTransition('validate')}
          >
            {t('review.validate')}
          </button>
        </div>
        <form onSubmit={sendBack} noValidate>
          <TextArea
            label={t('review.comment')}
            hint={t('review.commentHint')}
            error={missing ? t('review.commentRequired') : undefined}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={3}
            maxLength={4000}
            required
          />
          <button type="submit" className="button secondary" disabled={busy}>
            {t('review.return')}
          </button>
        </form>
      </section>
    );
  }

  if (state === 'validated') {
    const reopen = async (event: FormEvent) => {
      event.preventDefault();
      if (!reason.trim()) {
        setMissing(true);
        return;
      }
      setMissing(false);
      if (await onTransition('reopen', { reason: reason.trim() })) setReason('');
    };
    return (
      <section className="card review-panel" aria-labelledby="review-title">
        <h2 id="review-title">{t('review.reopenTitle')}</h2>
        <form onSubmit={reopen} noValidate>
          <TextArea
            label={t('review.reason')}
            error={missing ? t('review.reasonRequired') : undefined}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            maxLength={4000}
            required
          />
          <button type="submit" className="button secondary" disabled={busy}>
            {t('review.reopen')}
          </button>
        </form>
      </section>
    );
  }
  return null;
}
