/** class-transformer helpers for query and path values. */
export const upperCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** Upper-cases every string of a list (codes sent in any case). */
export const upperCaseAll = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' ? item.trim().toUpperCase() : item))
    : value;
