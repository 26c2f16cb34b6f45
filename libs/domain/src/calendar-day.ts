// Years PostgreSQL and every client read the same way (year 0000 does not exist in PostgreSQL).
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * A real calendar day written YYYY-MM-DD (2025-02-30 is rejected). By arithmetic rather than a
 * Date: it checks every date of every request body.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
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
