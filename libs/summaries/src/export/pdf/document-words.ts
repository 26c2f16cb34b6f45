import { formatMessage, isLocale, type Locale, type MessageKey } from '@app/i18n';

/** The words of the documents in one of the tracker's languages (the shared catalogs). */
export function documentWords(language: string) {
  const locale: Locale = isLocale(language) ? language : 'en';
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    formatMessage(locale, key, values);
  return {
    locale,
    t,
    noData: t('summary.noData'),
    none: t('document.none'),
    /** A figure rounded once, for display, or "no data" for null. */
    number: (value: number | null, digits = 0) =>
      value === null
        ? t('summary.noData')
        : value.toLocaleString(locale, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }),
    percent: (share: number | null) =>
      share === null
        ? t('summary.noData')
        : `${(share * 100).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`,
    /** A signed change, or "no data" when there is nothing to compare. */
    change: (value: number | null, digits = 0) =>
      value === null
        ? t('summary.noData')
        : `${value > 0 ? '+' : ''}${value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })}`,
    /** The area's name as the summary has it, in the document's language. */
    areaName: (area: { name: string }) => area.name,
  };
}

export type DocumentWords = ReturnType<typeof documentWords>;
