import { isCalendarDate, isTimestamp } from './calendar-day';

describe('isCalendarDate', () => {
  it.each(['2025-12-31', '2024-02-29', '2000-01-01'])('accepts %s', (value) =>
    expect(isCalendarDate(value)).toBe(true),
  );
  it.each(['2025-02-29', '2025-13-01', '2025-1-1', '2025-12-31T00:00:00Z', '', 20251231])(
    'rejects %s',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
  it('agrees with the calendar on every day written 00–39 of months 00–13, leap centuries included', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (const year of [1000, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month += 1)
        for (let day = 0; day <= 39; day += 1) {
          const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const date = new Date(`${value}T00:00:00Z`);
          const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
          expect({ value, accepted: isCalendarDate(value) }).toEqual({ value, accepted: real });
        }
  });
  it.each(['0000-01-01', '0000-02-29', '0999-12-31'])(
    'rejects %s, a year the database cannot store or read back the same way',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});

describe('isTimestamp', () => {
  it.each([
    '2026-01-01',
    '2026-01-01T00:00',
    '2026-01-01T23:59:59Z',
    '2026-01-01T12:00:00.123+02:00',
    '2026-06-30T08:15:00-05:00',
  ])('accepts %s', (value) => expect(isTimestamp(value)).toBe(true));
  it.each([
    '2026-W01-1',
    '2026-W01',
    '2026-001',
    '2026-02-30T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-01-01 00:00:00',
    '',
  ])('rejects %s', (value) => expect(isTimestamp(value)).toBe(false));
});
