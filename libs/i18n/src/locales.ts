/** The languages of the tracker (the RCM works in Spanish, English and French). */
export const LOCALES = ['en', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  LOCALES.some((locale) => locale === value);
