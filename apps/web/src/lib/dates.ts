/** Today as YYYY-MM-DD (UTC, like the API's dates). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Whole days from today to a YYYY-MM-DD date (negative once it has passed). */
export function daysUntil(date: string): number {
  const target = Date.parse(`${date}T00:00:00Z`);
  const now = Date.parse(`${today()}T00:00:00Z`);
  return Math.round((target - now) / 86_400_000);
}

/** The newest period that has ended (the one regional summaries usually look at). */
export function latestEndedPeriod<T extends { code: string; endsOn: string }>(
  periods: T[],
): T | undefined {
  const ended = periods.filter((p) => p.endsOn < today());
  return (ended.length ? ended : periods).reduce<T | undefined>(
    (best, p) => (!best || p.code > best.code ? p : best),
    undefined,
  );
}
