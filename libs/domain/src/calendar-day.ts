// Years PostgreSQL and every client read the same way (year 0000 does not exist in PostgreSQL).
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

const inRange = (date: Date) =>
  !Number.isNaN(date.getTime()) &&
  date.getUTCFullYear() >= FIRST_YEAR &&
  date.getUTCFullYear() <= LAST_YEAR;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is rejected). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return inRange(date) && date.toISOString().slice(0, 10) === value;
}

/**
 * A day (YYYY-MM-DD) or a moment (YYYY-MM-DDTHH:MM[:SS[.fff]] with Z or ±HH:MM; UTC when omitted).
 * Narrower than ISO 8601 on purpose: week and ordinal dates are not accepted.
 */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/.exec(
      value,
    );
  return match !== null && isCalendarDate(match[1]);
}

/** The latest calendar day anywhere on Earth now (UTC+14 is a day ahead of UTC). */
export const latestDayAnywhere = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
