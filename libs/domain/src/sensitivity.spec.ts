import type { AccessScope } from './access-policy';
import type { ReportContent } from './report-content';
import {
  audienceOf,
  indicatorValuesShownTo,
  mayRead,
  reportShownTo,
  sensitivitiesShownTo,
} from './sensitivity';

const scope = (
  role: AccessScope['role'],
  countries: string[] = [],
  coordinated: string[] = [],
) => ({
  role,
  countries,
  coordinatedCountries: coordinated,
});

const report: ReportContent = {
  status: 'in_progress',
  narrative: 'Inter-agency working group',
  sensitivity: 'national',
  areas: [2],
  checklist: [
    { item: 'd1', answer: 'yes', note: 'Art. 159' },
    { item: 'd2', answer: 'no', note: null },
  ],
  evidence: [
    {
      kind: 'legislation',
      title: 'Law',
      url: null,
      date: null,
      reference: null,
      sensitivity: 'public',
    },
    {
      kind: 'report',
      title: 'Memo',
      url: null,
      date: null,
      reference: null,
      sensitivity: 'regional',
    },
    {
      kind: 'other',
      title: 'Cable',
      url: null,
      date: null,
      reference: null,
      sensitivity: 'national',
    },
  ],
};

describe('audienceOf', () => {
  it('clears admins and the country’s focal points for national fields', () => {
    expect(audienceOf(scope('admin'), 'MEX')).toBe('national');
    expect(audienceOf(scope('focal_point', ['MEX']), 'MEX')).toBe('national');
  });

  it('clears the coordinators of the country’s processes and analysts for regional fields only', () => {
    expect(audienceOf(scope('coordinator', [], ['MEX']), 'MEX')).toBe('regional');
    expect(audienceOf(scope('analyst'), 'MEX')).toBe('regional');
  });

  it('gives no audience to those who may not read the country at all', () => {
    expect(audienceOf(scope('focal_point', ['GTM']), 'MEX')).toBeNull();
    expect(audienceOf(scope('coordinator', [], ['GTM']), 'MEX')).toBeNull();
  });
});

describe('mayRead', () => {
  it('orders the levels public < regional < national', () => {
    expect(sensitivitiesShownTo('public')).toEqual(['public']);
    expect(sensitivitiesShownTo('regional')).toEqual(['public', 'regional']);
    expect(sensitivitiesShownTo('national')).toEqual(['public', 'regional', 'national']);
    expect(mayRead('regional', 'national')).toBe(false);
  });
});

describe('reportShownTo', () => {
  it('shows everything to a national audience', () => {
    expect(reportShownTo(report, 'national')).toEqual({ ...report, withheld: [] });
  });

  it('withholds national text and evidence from a regional audience, and says what', () => {
    const shown = reportShownTo(report, 'regional');
    expect(shown.narrative).toBe('');
    expect(shown.checklist).toEqual([
      { item: 'd1', answer: 'yes', note: null },
      { item: 'd2', answer: 'no', note: null },
    ]);
    expect(shown.evidence.map((entry) => entry.title)).toEqual(['Law', 'Memo']);
    expect(shown.withheld).toEqual(['narrative', 'checklist.d1.note', 'evidence[2]']);
  });

  it('shows the public only public evidence, and regional text not at all', () => {
    const shown = reportShownTo({ ...report, sensitivity: 'regional' }, 'public');
    expect(shown.narrative).toBe('');
    expect(shown.evidence.map((entry) => entry.title)).toEqual(['Law']);
    expect(shown.status).toBe('in_progress');
  });

  it('reads content kept before sensitivity existed at the design’s defaults', () => {
    const { sensitivity: _, ...old } = report;
    const evidence = old.evidence.map(({ sensitivity: __, ...entry }) => entry);
    const shown = reportShownTo({ ...old, evidence }, 'public');
    expect(shown.narrative).toBe('');
    expect(shown.evidence).toEqual([]);
    expect(reportShownTo({ ...old, evidence }, 'regional').narrative).toBe(report.narrative);
  });
});

describe('indicatorValuesShownTo', () => {
  const values = [
    { indicator: 'SOM_CASES_INVESTIGATED', total: 12 },
    { indicator: 'MIG_CHILDREN_DETAINED', total: 3, sensitivity: 'national' as const },
    { indicator: 'PUBLIC_CAMPAIGNS', total: 2, sensitivity: 'regional' as const },
  ];

  it('leaves out values above the audience’s level; values without one are public', () => {
    expect(indicatorValuesShownTo(values, 'public')).toEqual({
      values: [values[0]],
      withheld: ['values.MIG_CHILDREN_DETAINED', 'values.PUBLIC_CAMPAIGNS'],
    });
    expect(indicatorValuesShownTo(values, 'regional').values).toHaveLength(2);
    expect(indicatorValuesShownTo(values, 'national').withheld).toEqual([]);
  });
});
