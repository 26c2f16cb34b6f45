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
