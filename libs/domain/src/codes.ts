/** The shapes of the codes that name things in URLs, queries and bodies. */
export const CODE_PATTERNS = {
  /** ISO 3166-1 alpha-3, upper case: MEX. */
  iso3: /^[A-Z]{3}$/,
  /** A reporting period: the year, 2025. */
  period: /^\d{4}$/,
  /** An Objective 9 action, a–f. */
  action: /^[a-f]$/,
  /** A checklist item of an action: d5. */
  checklistItem: /^[a-f][0-9]{1,2}$/,
  /** A regional process: RCM. */
  process: /^[A-Z][A-Z0-9-]{1,15}$/,
  /** A quantitative indicator: SOM_PERSONS_CONVICTED. */
  indicator: /^[A-Z][A-Z0-9_]{2,63}$/,
} as const;
