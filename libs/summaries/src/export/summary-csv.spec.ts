import { parse } from 'csv-parse/sync';
import { summaryCsv } from './summary-csv';
import { summarySections } from './summary-sections';
import type { SummaryView } from '../summary-data';

const summary = {
  process: 'RCM',
  processName: 'Regional Conference on Migration, "Puebla Process"',
  period: '2025',
  dueOn: '2026-03-31',
  members: 2,
  memberCodes: ['GTM', 'MEX'],
  membersReported: 1,
  expectedReports: 12,
  validatedReports: 1,
  completeness: 0.0833,
  timeliness: 0,
  notValidated: { submitted: 0, returned: 0, draft: 0 },
  actions: [],
  areas: [],
  indicators: [],
  protocol: {
    asOf: '2025-12-31',
    parties: 2,
    partyMembers: ['GTM', 'MEX'],
    signatoriesNotParties: 0,
    signatoryMembers: [],
    partiesWithUnknownDate: [],
    previousParties: 2,
    change: 0,
    completeAsOf: '2014-07-10',
    gap: 'Complete for 2014-07-10, plus sourced later events',
  },
  notReported: ['GTM'],
  overdue: [],
  treatyMismatches: [
    { country: 'GTM', item: 'a1', answer: 'no', message: '=HYPERLINK("http://x") contradicts' },
  ],
  generatedAt: '2026-01-01T00:00:00.000Z',
  newestChangeAt: null,
} as unknown as SummaryView;

describe('summaryCsv', () => {
  const rows: Array<Record<string, string>> = parse(summaryCsv(summary), { columns: true });
  const value = (section: string, row: string, measure: string) =>
    rows.find((r) => r.section === section && r.row === row && r.measure === measure)?.value;

  it('has one line per number of every section, which parses back to the same values', () => {
    const expected = summarySections(summary).reduce(
      (sum, section) => sum + section.rows.length * (section.columns.length - 1),
      0,
    );
    expect(rows).toHaveLength(expected);
    expect(Number(value('Overview', 'completeness', 'value'))).toBe(0.0833);
    expect(value('Protocol', 'party members', 'value')).toBe('GTM MEX');
  });

  it('quotes commas and quotes, and writes an empty cell for a missing value', () => {
    expect(value('Overview', 'process name', 'value')).toBe(
      'Regional Conference on Migration, "Puebla Process"',
    );
    expect(value('Overview', 'newest change included', 'value')).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(value('Follow-up', 'GTM', 'detail')).toBe('\'=HYPERLINK("http://x") contradicts');
  });
});
