export const ROLES = ['admin', 'focal_point', 'coordinator', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** Interface languages: the RCM's working languages. */
export const LOCALES = ['en', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
