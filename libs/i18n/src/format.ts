import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type MessageKey } from './catalogs';
import type { Locale } from './locales';

export type MessageValues = Record<string, string | number>;

/** Each message is parsed once per language, on first use. */
const compiled = new Map<string, IntlMessageFormat>();

/** A catalog message in a language, with its arguments, plurals and selects filled in. */
export function formatMessage(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const id = `${locale} ${key}`;
  let message = compiled.get(id);
  if (!message) {
    message = new IntlMessageFormat(CATALOGS[locale][key], locale);
    compiled.set(id, message);
  }
  return String(message.format(values));
}

// Dates, numbers and percentages as each language writes them (Intl): "1,5 %" in French, "1.234"
// in Spanish. One formatter per language and style, made on first use.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(id: string, make: () => F): F {
  let formatter = formatters.get(id) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(id, formatter);
  }
  return formatter;
}

/** What stands for a value that is not there. */
export const NO_VALUE = '—';

/** A date-only value (YYYY-MM-DD, or the date part of a timestamp), as that day in the language. */
export function formatDate(locale: Locale, value: string | null | undefined): string {
  if (!value) return NO_VALUE;
  // The calendar day itself, read and written in UTC so no time zone moves it.
  const format = cached(
    `${locale} date`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  );
  return format.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/** A moment (ISO timestamp), in the language and the time zone of the reader's device. */
export function formatDateTime(locale: Locale, value: string | null | undefined): string {
  if (!value) return NO_VALUE;
  const format = cached(
    `${locale} dateTime`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return format.format(new Date(value));
}

/** A number with the language's separators, at most `digits` decimals. */
export function formatNumber(locale: Locale, value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined) return NO_VALUE;
  const format = cached(
    `${locale} number ${digits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }),
  );
  return format.format(value);
}

/** A ratio (0.015) as a percentage (1.5 %, with the language's spacing and decimal sign). */
export function formatPercent(
  locale: Locale,
  ratio: number | null | undefined,
  digits = 1,
): string {
  if (ratio === null || ratio === undefined) return NO_VALUE;
  const format = cached(
    `${locale} percent ${digits}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }),
  );
  return format.format(ratio);
}
