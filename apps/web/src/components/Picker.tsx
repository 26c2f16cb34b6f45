// A searchable picker (the ARIA combobox pattern): a text box that filters a list of options, used
// for one value (a time zone) or several, shown as removable chips (an account's countries).
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { matchingOptions, type PickerOption } from '../lib/pickerOptions';

interface PickerProps {
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
  options: PickerOption[];
  /** The chosen values (one at most unless `multiple`). */
  value: string[];
  onChange(value: string[]): void;
  multiple?: boolean;
}

export function Picker({ label, hint, error, options, value, onChange, multiple }: PickerProps) {
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  // A single picker shows its value in the box until the user types.
  const shown = multiple ? '' : value[0] ? labelOf(value[0]) : '';
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchingOptions(options, query ?? ''), [options, query]);
  const current = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const optionId = (option: PickerOption) => `${id}-option-${option.value}`;

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const show = (index = 0) => {
    setOpen(true);
    setActive(index);
    requestAnimationFrame(() =>
      document.getElementById(`${listId}`)?.children[index]?.scrollIntoView({ block: 'nearest' }),
    );
  };
  /** Takes the option (or, chosen again in a multiple picker, gives it up); the list closes. */
  const choose = (option: PickerOption) => {
    if (!multiple) onChange([option.value]);
    else
      onChange(
        value.includes(option.value)
          ? value.filter((v) => v !== option.value)
          : [...value, option.value],
      );
    close();
  };
  const remove = (v: string) => {
    onChange(value.filter((x) => x !== v));
    inputRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    const at = Math.min(active, last);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        show(open ? Math.min(at + 1, last) : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        show(open ? Math.max(at - 1, 0) : last);
        break;
      case 'Enter':
        // Chooses the highlighted option; never submits the form while the list is open.
        if (open && current) {
          event.preventDefault();
          choose(current);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case 'Backspace':
        if (multiple && !query && value.length) remove(value[value.length - 1]);
        break;
    }
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      {multiple && value.length > 0 && (
        <ul className="chips" aria-label={t('picker.chosen', { field: label })}>
          {value.map((v) => {
            const option = options.find((o) => o.value === v);
            return (
              <li key={v} className="chip">
                <span lang={option?.lang}>{option?.label ?? v}</span>
                {option?.detail && <span className="hint"> {option.detail}</span>}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('picker.remove', { name: option?.label ?? v })}
                  onClick={() => remove(v)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        value={query ?? shown}
        onChange={(event) => {
          setQuery(event.target.value);
          show();
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        onClick={() => (open ? close() : show())}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        aria-multiselectable={multiple || undefined}
        className="picker-list"
        hidden={!open}
      >
        {open &&
          matches.map((option) => (
            <li
              key={option.value}
              id={optionId(option)}
              role="option"
              aria-selected={value.includes(option.value)}
              className={option === current ? 'active' : undefined}
              // Keeps the focus in the box: the choice happens on click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              <span lang={option.lang}>{option.label}</span>
              {option.detail && <span className="hint"> {option.detail}</span>}
            </li>
          ))}
      </ul>
      {open && matches.length === 0 && <p className="hint">{t('picker.noMatches')}</p>}
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
    </div>
  );
}
