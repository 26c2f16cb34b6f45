import { CATALOGS, formatMessage, isLocale, type Locale, type MessageKey } from '@app/i18n';
import type { FieldError } from '@app/problems';
import type { ProblemDetails } from './problem-details';

/**
 * The language of a problem document: the first of ours that Accept-Language asks for (by
 * weight), else the signed-in user's, else English.
 */
export function problemLocale(
  acceptLanguage: string | undefined,
  userLocale: string | undefined,
): Locale {
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((range, position) => {
      const [tag, ...params] = range.trim().split(';');
      const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.split('-')[0].toLowerCase(), q: Number(weight ?? 1), position };
    })
    .filter((range) => range.q > 0 && isLocale(range.language))
    .sort((a, b) => b.q - a.q || a.position - b.position);
  const language = asked[0]?.language ?? userLocale;
  return isLocale(language) ? language : 'en';
}

type FieldRule = [RegExp, MessageKey, (match: RegExpExecArray) => Record<string, string>];

/**
 * The common validation rules, recognised by the English message the API writes for them
 * (class-validator's defaults and our own decorators); other messages stay in English.
 */
const FIELD_RULES: FieldRule[] = [
  [/^(\S+) should not be empty$/, 'problem.field.required', (m) => ({ field: m[1] })],
  [/^(\S+) should not be null or undefined$/, 'problem.field.required', (m) => ({ field: m[1] })],
  [
    /^(\S+) is required \(1 to \d+ characters\)$/,
    'problem.field.required',
    (m) => ({ field: m[1] }),
  ],
  [
    /^(\S+) must be one of the following values: (.*)$/,
    'problem.field.oneOf',
    (m) => ({ field: m[1], values: m[2] }),
  ],
  [
    /^(\S+) must be shorter than or equal to (\d+) characters$/,
    'problem.field.tooLong',
    (m) => ({ field: m[1], max: m[2] }),
  ],
  [
    /^(?:each of the )?(\S+) must be an ISO3 code\b/,
    'problem.field.iso3',
    (m) => ({ field: m[1] }),
  ],
  [/^(\S+) must be a date as YYYY-MM-DD$/, 'problem.field.date', (m) => ({ field: m[1] })],
  [/^(\S+) must be an http\(s\) address$/, 'problem.field.url', (m) => ({ field: m[1] })],
  [/^(\S+) must be an email(?: address)?$/, 'problem.field.email', (m) => ({ field: m[1] })],
  [/^property (\S+) should not exist$/, 'problem.field.unknown', (m) => ({ field: m[1] })],
  [/^no country with ISO3 code (\S+)$/, 'problem.field.noCountry', (m) => ({ code: m[1] })],
  [/^no regional process with code (\S+)$/, 'problem.field.noProcess', (m) => ({ code: m[1] })],
  [/^a focal point needs at least one country$/, 'problem.field.needsCountry', () => ({})],
  [/^a coordinator needs at least one regional process$/, 'problem.field.needsProcess', () => ({})],
];

function localizeFieldMessage(locale: Locale, message: string): string {
  for (const [pattern, key, values] of FIELD_RULES) {
    const match = pattern.exec(message);
    if (match) return formatMessage(locale, key, values(match));
  }
  return message;
}

const isMessageKey = (key: string): key is MessageKey => key in CATALOGS.en;

/**
 * The document in the caller's language: the detail of its code and the common field messages.
 * English keeps the specific detail the API wrote, which often names more than the code's text.
 */
export function localizeProblem(
  body: ProblemDetails,
  locale: Locale,
  values: Readonly<Record<string, string | number>> = {},
): ProblemDetails {
  if (locale === 'en') return body;
  const key = `problem.${body.code}`;
  const detail = isMessageKey(key) ? formatMessage(locale, key, { ...values }) : body.detail;
  const errors = body.errors?.map((error): FieldError => ({
    field: error.field,
    messages: error.messages.map((message) => localizeFieldMessage(locale, message)),
  }));
  return { ...body, detail, ...(errors ? { errors } : {}) };
}
