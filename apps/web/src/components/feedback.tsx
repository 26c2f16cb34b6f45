import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { ApiError } from '../api/client';
import { useI18n, type MessageKey } from '../i18n';
import { hasNavigated } from '../lib/navigation';

/** The page's one h1: names the tab and takes focus after navigation (screen readers hear it). */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    // When the page opens after a move within the app (not on every language change, and not
    // on the first page, where the skip link comes first).
    if (hasNavigated()) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

const STATUS_MESSAGES: Record<number, MessageKey> = {
  0: 'error.network',
  400: 'error.invalid',
  401: 'error.unauthorized',
  403: 'error.forbidden',
  404: 'error.notFound',
  409: 'error.state',
  412: 'error.stale',
  428: 'error.stale',
  429: 'error.tooMany',
};

export function errorMessageKey(error: unknown): MessageKey {
  if (error instanceof ApiError)
    return (
      STATUS_MESSAGES[error.status] ?? (error.status >= 500 ? 'error.server' : 'error.unknown')
    );
  return 'error.unknown';
}

/** A failed load or action, in the reader's language, with the API's own words beside it. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const detail = error instanceof ApiError ? error.detail : '';
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(errorMessageKey(error))}</p>
      {detail && (
        <p className="detail">
          <span>{t('error.serverSaid')}</span> <q lang="en">{detail}</q>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Notice({
  kind = 'info',
  children,
  role,
}: {
  kind?: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
  role?: 'status' | 'alert';
}) {
  return (
    <div className={`notice notice-${kind}`} role={role}>
      {children}
    </div>
  );
}

/** Whether a status is news of progress, of success, or of a failure (in the error colour). */
export type StatusTone = 'progress' | 'success' | 'failure';

/**
 * A polite live region: saving, saved, checks as they change. Always rendered, so it is heard.
 * With a ref it can take the focus (after an action that removed the focused button).
 */
export function LiveStatus({
  message,
  tone = 'success',
  className,
  ref,
}: {
  message: string;
  tone?: StatusTone;
  className?: string;
  ref?: Ref<HTMLParagraphElement>;
}) {
  return (
    <p
      ref={ref}
      tabIndex={ref ? -1 : undefined}
      className={`${className ?? 'live-status'} status-${tone}`}
      role="status"
      aria-live="polite"
    >
      {message}
    </p>
  );
}
