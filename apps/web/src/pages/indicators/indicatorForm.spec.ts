import type { IndicatorView } from '../../api/generated/api';
import {
  checkEntry,
  formHasProblems,
  parseCount,
  toIndicatorValues,
  type IndicatorEntry,
} from './indicatorForm';

const bySex = { code: 'CONVICTED', disaggregation: 'sex' } as IndicatorView;
const entry = (total: string, parts: Record<string, string>): IndicatorEntry => ({ total, parts });

describe('the indicator inputs', () => {
  it('reads whole numbers with the separator of thousands of English, Spanish or French', () => {
    expect(parseCount('1234')).toBe(1234);
    expect(parseCount(' 1,234 ')).toBe(1234);
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('1 234 567')).toBe(1234567);
    expect(parseCount('1\u202f234')).toBe(1234);
    expect(parseCount('0')).toBe(0);
  });

  it('refuses what is not a whole count', () => {
    for (const text of ['1.5', '1,23', '12,34,567', '1,234.567', '-3', 'x', '', '1234567890'])
      expect(parseCount(text)).toBeNull();
  });

  it('sends the typed figures as numbers, separators gone', () => {
    const form = { CONVICTED: entry('1,250', { female: '1.000', male: '250', unknown: '0' }) };
    expect(toIndicatorValues(form, [bySex])).toEqual([
      { indicator: 'CONVICTED', total: 1250, bySex: { female: 1000, male: 250, unknown: 0 } },
    ]);
    expect(formHasProblems(form)).toBe(false);
  });

  it('never sends a blank cell as 0: a breakdown half filled in is a problem to fix', () => {
    const half = entry('10', { female: '2', male: '8', unknown: '' });
    expect(checkEntry(half)).toMatchObject({ blank: ['unknown'], mismatch: false });
    expect(formHasProblems({ CONVICTED: half })).toBe(true);
    expect(toIndicatorValues({ CONVICTED: half }, [bySex])).toEqual([
      { indicator: 'CONVICTED', total: 10 },
    ]);
  });

  it('sends the total alone when the whole breakdown is left blank (no data)', () => {
    const total = entry('7', { female: '', male: '', unknown: '' });
    expect(checkEntry(total).blank).toEqual([]);
    expect(formHasProblems({ CONVICTED: total })).toBe(false);
    expect(toIndicatorValues({ CONVICTED: total }, [bySex])).toEqual([
      { indicator: 'CONVICTED', total: 7 },
    ]);
  });

  it('checks the parts against the total, and takes their sum when no total is typed', () => {
    expect(checkEntry(entry('11', { female: '2', male: '8', unknown: '0' })).mismatch).toBe(true);
    expect(checkEntry(entry('', { female: '2', male: '8', unknown: '0' })).total).toBe(10);
  });
});
