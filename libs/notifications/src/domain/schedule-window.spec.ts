import {
  daysBetween,
  digestWindow,
  firstDigestSince,
  isoWeek,
  isTimeZone,
  localDate,
} from './schedule-window';

describe('schedule windows', () => {
  it('knows IANA time zones and refuses anything else', () => {
    expect(isTimeZone('America/Mexico_City')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('takes the calendar day in the subscriber’s time zone, not UTC', () => {
    const instant = new Date('2026-11-23T03:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-11-23');
    expect(localDate(instant, 'America/Mexico_City')).toBe('2026-11-22');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2026-11-23');
  });

  it('turns the day at local midnight, to the millisecond, in zones with odd offsets too', () => {
    // Kathmandu is UTC+5:45: its midnight is 18:15 UTC.
    for (const [zone, midnight] of [
      ['Asia/Kathmandu', '2026-11-23T18:15:00.000Z'],
      ['America/St_Johns', '2026-11-24T03:30:00.000Z'],
    ]) {
      const at = Date.parse(midnight);
      expect(localDate(new Date(at - 1), zone)).toBe('2026-11-23');
      expect(localDate(new Date(at), zone)).toBe('2026-11-24');
      expect(localDate(new Date(at - 1), zone)).toBe('2026-11-23'); // asked again
    }
  });

  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('puts %s in ISO week %s', (day, week) => expect(isoWeek(day)).toBe(week));

  it('gives one window per week or month, in local time', () => {
    // 05:00 UTC on Monday is still Sunday 23:00 in Mexico City (UTC-6): the previous week there.
    const sundayNightInMexico = new Date('2026-11-23T05:00:00Z');
    expect(digestWindow('weekly', sundayNightInMexico, 'America/Mexico_City')).toBe('2026-W47');
    expect(digestWindow('weekly', sundayNightInMexico, 'UTC')).toBe('2026-W48');
    expect(digestWindow('monthly', new Date('2026-12-01T02:00:00Z'), 'America/Panama')).toBe(
      '2026-11',
    );
    expect(digestWindow('monthly', new Date('2026-12-01T02:00:00Z'), 'Europe/Madrid')).toBe(
      '2026-12',
    );
  });

  it('looks back a week or a month for a first digest', () => {
    const now = new Date('2026-03-31T07:00:00Z');
    expect(firstDigestSince('weekly', now).toISOString()).toBe('2026-03-24T07:00:00.000Z');
    expect(firstDigestSince('monthly', now).toISOString()).toBe('2026-03-03T07:00:00.000Z');
  });

  it('counts whole days between calendar days', () => {
    expect(daysBetween('2026-03-17', '2026-03-31')).toBe(14);
    expect(daysBetween('2026-04-02', '2026-03-31')).toBe(-2);
  });
});
