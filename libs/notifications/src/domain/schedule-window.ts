/** Calendar arithmetic in a subscriber's own time zone (IANA names, e.g. America/Mexico_City). */

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** One formatter per time zone: making one costs far more than using it (10,000 digests). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Days by time zone and minute: every offset in use is whole minutes, so the day changes only at
 * a minute's start, and the digests of one run share a few minutes (formatting costs ~20 µs).
 */
const daysByMinute = new Map<string, string>();
const DAYS_KEPT = 10_000;

/** The calendar day (YYYY-MM-DD) it is at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const key = `${timeZone} ${Math.floor(instant.getTime() / 60_000)}`;
  let day = daysByMinute.get(key);
  if (day === undefined) {
    day = formatDay(instant, timeZone);
    if (daysByMinute.size >= DAYS_KEPT) daysByMinute.clear();
    daysByMinute.set(key, day);
  }
  return day;
}

function formatDay(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** ISO 8601 week of a calendar day: `2026-W48` (weeks start on Monday; week 1 has 4 January). */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  // The Thursday of the same week decides the year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The schedule window a digest belongs to, in the subscriber's time zone: the ISO week for weekly
 * digests, the month for monthly ones. One digest per subscriber and window, however often the
 * schedule fires or a job is retried.
 */
export function digestWindow(
  frequency: 'weekly' | 'monthly',
  instant: Date,
  timeZone: string,
): string {
  const day = localDate(instant, timeZone);
  return frequency === 'weekly' ? isoWeek(day) : day.slice(0, 7);
}

/** How far back the first digest looks when the subscriber never got one. */
export function firstDigestSince(frequency: 'weekly' | 'monthly', instant: Date): Date {
  const since = new Date(instant);
  if (frequency === 'weekly') since.setUTCDate(since.getUTCDate() - 7);
  else since.setUTCMonth(since.getUTCMonth() - 1);
  return since;
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}
