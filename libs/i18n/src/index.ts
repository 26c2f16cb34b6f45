// The tracker's words in its three languages, shared by the web app and the emails: pure data (the
// catalogs) and one function that formats a message (ICU MessageFormat, with intl-messageformat),
// in Node and in the browser alike.
export { CATALOGS, type Catalog, type MessageKey } from './catalogs';
export {
  formatDate,
  formatDateTime,
  formatMessage,
  formatNumber,
  formatPercent,
  NO_VALUE,
  type MessageValues,
} from './format';
export { LOCALES, isLocale, type Locale } from './locales';
export { messageParts, type MessageParts } from './message-parts';
