// Roles are domain rules (libs/domain), languages are the catalogs' (libs/i18n): one copy each.
export { ROLES } from '@app/domain';
export type { Role } from '@app/domain';
export { LOCALES } from '@app/i18n';
export type { Locale } from '@app/i18n';
