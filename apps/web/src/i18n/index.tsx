import {
  formatMessage,
  isLocale,
  type Locale,
  type MessageKey,
  type MessageValues,
} from '@app/i18n';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { setRequestLanguage } from '../api/client';

export type { MessageKey } from '@app/i18n';

const LOCALE_KEY = 'gcm9.locale';
/** Each language's own name, shown as such in every language (and marked with its lang). */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
};

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: MessageValues): string;
  /** A date-only value (YYYY-MM-DD) in the reader's language. */
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  number(value: number | null | undefined, digits?: number): string;
  percent(ratio: number | null | undefined): string;
  /** The Work Plan area's name as the API answered it, in the reader's language. */
  areaName(area: { name: string }): { text: string; lang: Locale };
}

function initialLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  if (isLocale(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  // During render, not in an effect: the children's first requests go out before effects run.
  setRequestLanguage(locale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(LOCALE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // The API answers framework texts and place names in the request's language: read them again.
  const queryClient = useQueryClient();
  const shownLocale = useRef(locale);
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    void queryClient.invalidateQueries();
  }, [locale, queryClient]);

  const value = useMemo<I18n>(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return {
      locale,
      setLocale,
      t: (key, vars) => formatMessage(locale, key, vars),
      date: (value) =>
        value ? dateFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : '—',
      dateTime: (value) => (value ? dateTimeFormat.format(new Date(value)) : '—'),
      number: (value, digits = 0) =>
        value === null || value === undefined
          ? '—'
          : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
      percent: (ratio) =>
        ratio === null || ratio === undefined
          ? '—'
          : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
              ratio,
            ),
      areaName: (area) => ({ text: area.name, lang: locale }),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
