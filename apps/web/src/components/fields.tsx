import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n';

interface FieldShell {
  label: ReactNode;
  hint?: ReactNode;
  /** Translated text, or the API's message wrapped in `<ServerText>`. */
  error?: ReactNode;
  className?: string;
}

/** Label, control, hint and error, wired together (aria-describedby, aria-invalid). */
function useFieldIds(hint: ReactNode, error: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Extras({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint: ReactNode;
  hintId?: string;
  error?: ReactNode;
  errorId?: string;
}) {
  return (
    <>
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </>
  );
}

export function TextField({
  label,
  hint,
  error,
  className,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={ids.id}>{label}</label>
      <input
        id={ids.id}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <Extras hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

export function TextArea({
  label,
  hint,
  error,
  className,
  ...input
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={ids.id}>{label}</label>
      <textarea
        id={ids.id}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <Extras hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

export function SelectField({
  label,
  hint,
  error,
  className,
  options,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[] }) {
  const ids = useFieldIds(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={ids.id}>{label}</label>
      <select
        id={ids.id}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      <Extras hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

/** A scrollable table region: reachable and scrollable with the keyboard, named for readers. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('common.table', { name: label })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}

/** Words that come from the API as they are (its messages are in English). */
export function ServerText({ children }: { children: ReactNode }) {
  return <span lang="en">{children}</span>;
}
