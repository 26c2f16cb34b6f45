import { dueDateProblem } from './due-date';

describe('dueDateProblem', () => {
  it('accepts a due date after the period, within three years', () => {
    expect(dueDateProblem('2025-12-31', '2026-03-31')).toBeNull();
    expect(dueDateProblem('2025-12-31', '2028-12-31')).toBeNull();
  });

  it('refuses a date within or before the period, or years later', () => {
    expect(dueDateProblem('2025-12-31', '2025-12-31')).toBe(
      'must be after the period ends (2025-12-31)',
    );
    expect(dueDateProblem('2025-12-31', '2020-01-01')).toMatch(/after the period ends/);
    expect(dueDateProblem('2025-12-31', '2029-01-01')).toBe(
      'must be at most 3 years after the period ends (by 2028-12-31)',
    );
  });
});
