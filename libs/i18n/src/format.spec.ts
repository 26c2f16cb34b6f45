import { formatDate, formatDateTime, formatNumber, formatPercent, NO_VALUE } from '.';

// Intl separates with spaces of its own: a narrow no-break space (U+202F) before "%" and between
// French thousands.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers, percentages and dates in each language', () => {
  it('writes a percentage with the language’s decimal sign and spacing', () => {
    expect(formatPercent('en', 0.015)).toBe('1.5%');
    expect(plain(formatPercent('fr', 0.015))).toBe('1,5 %');
    expect(plain(formatPercent('es', 0.015))).toBe('1,5 %');
  });

  it('separates thousands', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(plain(formatNumber('fr', 1234567))).toBe('1 234 567');
    expect(formatNumber('es', 1234567)).toBe('1.234.567');
    expect(formatNumber('en', 2.345, 1)).toBe('2.3');
  });

  it('writes a date-only value as that calendar day, never as its ISO form', () => {
    expect(formatDate('en', '2026-03-31')).toBe('Mar 31, 2026');
    expect(formatDate('fr', '2026-03-31')).toBe('31 mars 2026');
    expect(formatDate('es', '2026-03-31T23:30:00Z')).toBe('31 mar 2026');
  });

  it('writes a moment with its time', () => {
    expect(formatDateTime('en', '2026-03-31T12:00:00Z')).toMatch(/2026.*\d:\d\d/);
  });

  it('shows a missing value as a dash', () => {
    for (const text of [
      formatDate('en', null),
      formatDateTime('fr', undefined),
      formatNumber('es', null),
      formatPercent('en', undefined),
    ])
      expect(text).toBe(NO_VALUE);
  });
});
