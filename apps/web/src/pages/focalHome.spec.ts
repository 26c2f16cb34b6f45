import type { PeriodView, ReportSummaryView } from '../api/generated/api';
import { cellAction, periodsByUrgency, urgencyOf } from './focalHome';

const period = (code: string, state: 'open' | 'closed' = 'open'): PeriodView => ({
  code,
  startsOn: `${code}-01-01`,
  endsOn: `${code}-12-31`,
  dueOn: `${Number(code) + 1}-03-31`,
  state,
});
const report = (period: string, action: string, state: string) =>
  ({ period, action, state }) as ReportSummaryView;
const ACTIONS = ['a', 'b'];
const TODAY = '2026-11-29';

describe('the focal point’s home', () => {
  it('ranks a period: returned, overdue, due, or nothing to do', () => {
    const all = [report('2024', 'a', 'submitted'), report('2024', 'b', 'validated')];
    expect(urgencyOf(period('2024'), ACTIONS, all, TODAY)).toBe('none');
    expect(urgencyOf(period('2024'), ACTIONS, [all[0]], TODAY)).toBe('overdue');
    expect(urgencyOf(period('2026'), ACTIONS, [], TODAY)).toBe('due');
    expect(
      urgencyOf(period('2026'), ACTIONS, [report('2026', 'a', 'returned'), all[1]], TODAY),
    ).toBe('returned');
    // A closed period takes no more changes: nothing to do there.
    expect(urgencyOf(period('2023', 'closed'), ACTIONS, [], TODAY)).toBe('none');
  });

  it('leads with returned reports, then overdue periods, then those still due', () => {
    const periods = ['2022', '2023', '2024', '2025', '2026', '2027'].map((c) =>
      period(c, c === '2022' ? 'closed' : 'open'),
    );
    const reports = [
      report('2023', 'a', 'validated'),
      report('2023', 'b', 'submitted'),
      report('2024', 'b', 'returned'),
    ];
    const { now, others } = periodsByUrgency(periods, ACTIONS, reports, TODAY);
    expect(now.map((r) => [r.period.code, r.urgency])).toEqual([
      ['2024', 'returned'],
      ['2025', 'overdue'],
      ['2026', 'due'],
      ['2027', 'due'],
    ]);
    expect(others.map((r) => r.period.code)).toEqual(['2023', '2022']);
  });

  it('offers to start a report, continue a draft or a returned one, or view the rest', () => {
    expect(cellAction(undefined, true)).toBe('start');
    expect(cellAction('draft', true)).toBe('continue');
    expect(cellAction('returned', true)).toBe('continue');
    expect(cellAction('submitted', true)).toBe('view');
    expect(cellAction('draft', false)).toBe('view');
    expect(cellAction(undefined, false)).toBeUndefined();
  });
});
