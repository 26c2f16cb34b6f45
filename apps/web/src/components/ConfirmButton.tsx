import { useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * A button whose action asks first, in a modal dialog (the browser's own: focus kept inside,
 * Escape cancels). Cancelled, the focus is back on the button; confirmed, the action runs.
 */
export function ConfirmButton({
  className,
  disabled,
  children,
  title,
  body,
  confirm,
  ready = () => true,
  onConfirm,
}: {
  className: string;
  disabled?: boolean;
  children: ReactNode;
  title: string;
  body: string;
  /** The dialog's button that does it. */
  confirm: string;
  /** Checks made before asking (false: not asked, the check shows why). */
  ready?(): boolean;
  onConfirm(): void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = (confirmed: boolean) => {
    dialog.current?.close();
    opener.current?.focus();
    if (confirmed) onConfirm();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={className}
        disabled={disabled}
        onClick={() => {
          if (ready()) dialog.current?.showModal();
        }}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog card"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onCancel={(event) => {
          event.preventDefault();
          close(false);
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-body`}>{body}</p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => close(true)}>
            {confirm}
          </button>
          <button type="button" className="button secondary" onClick={() => close(false)} autoFocus>
            {t('confirm.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
