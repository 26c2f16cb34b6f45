/** A period's report can be due at most this many years after the period ends. */
export const MAX_YEARS_TO_REPORT = 3;

/**
 * Why a due date does not fit a period ending on `endsOn`, or null: reports are written about a
 * period once it is over, and within a few years of it. Dates are calendar days (YYYY-MM-DD).
 */
export function dueDateProblem(endsOn: string, dueOn: string): string | null {
  if (dueOn <= endsOn) return `must be after the period ends (${endsOn})`;
  const latest = `${Number(endsOn.slice(0, 4)) + MAX_YEARS_TO_REPORT}${endsOn.slice(4)}`;
  if (dueOn > latest)
    return `must be at most ${MAX_YEARS_TO_REPORT} years after the period ends (by ${latest})`;
  return null;
}
