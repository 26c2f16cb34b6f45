import { ReferenceInput, referenceReportFigures, ValidatedReportFacts } from './summary-reference';

const framework: ReferenceInput['framework'] = {
  actions: [
    { code: 'a', title: 'Ratify', areas: [2] },
    { code: 'd', title: 'Criminalize', areas: [2] },
    { code: 'e', title: 'Distinguish', areas: [3, 4] },
  ],
  checklist: [
    { code: 'a1', text: 'Party to the Protocol', action: 'a', area: null },
    { code: 'd5', text: 'Aggravation', action: 'd', area: null },
    { code: 'd7', text: 'Not liable', action: 'd', area: 3 },
  ],
  areas: [
    { code: 1, nameEn: 'Intelligence', nameEs: 'Inteligencia' },
    { code: 2, nameEn: 'Judicial', nameEs: 'Judicial' },
    { code: 3, nameEn: 'Detention', nameEs: 'Detención' },
    { code: 4, nameEn: 'Protection', nameEs: 'Protección' },
  ],
};

const report = (facts: Partial<ValidatedReportFacts>): ValidatedReportFacts => ({
  country: 'MEX',
  action: 'd',
  status: 'implemented',
  areas: [],
  answers: [],
  evidence: 0,
  validatedOn: '2026-01-15',
  ...facts,
});

const input = (
  reports: ValidatedReportFacts[],
  today = '2026-02-01',
  previousReports: ValidatedReportFacts[] = [],
): ReferenceInput => ({
  members: ['MEX', 'GTM', 'NIC'],
  reports,
  previousReports,
  framework,
  dueOn: '2026-03-31',
  today,
});

describe('referenceReportFigures', () => {
  const reports = [
    report({
      country: 'MEX',
      action: 'd',
      status: 'partially_implemented',
      evidence: 2,
      answers: [
        { item: 'd5', answer: 'yes' },
        { item: 'd7', answer: 'partial' },
      ],
    }),
    report({ country: 'MEX', action: 'a', status: 'implemented', areas: [1] }),
    report({
      country: 'GTM',
      action: 'd',
      status: 'not_applicable',
      evidence: 1,
      answers: [{ item: 'd5', answer: 'no' }],
      validatedOn: '2026-04-02',
    }),
  ];
  const figures = referenceReportFigures(input(reports));

  it('expects a report from every member on every action of the framework', () => {
    expect(figures).toMatchObject({
      members: 3,
      memberCodes: ['GTM', 'MEX', 'NIC'],
      membersReported: 2,
      expectedReports: 9,
      validatedReports: 3,
      completeness: 0.3333,
      timeliness: 0.2222,
      notReported: ['NIC'],
      overdue: [],
    });
  });

  it('leaves not_applicable out of the action mean but counts it as a report', () => {
    const d = figures.actions.find((a) => a.code === 'd')!;
    expect(d).toMatchObject({ reports: 2, meanScore: 3, meanScorePercent: 75 });
    expect(d.statusCounts).toMatchObject({
      partially_implemented: 1,
      not_applicable: 1,
      not_reported: 1,
    });
    expect(d.checklist.map((c) => [c.item, c.yes, c.partial, c.no, c.unanswered])).toEqual([
      ['d5', 1, 0, 1, 1],
      ['d7', 0, 1, 0, 2],
    ]);
    expect(figures.actions.find((a) => a.code === 'e')).toMatchObject({
      reports: 0,
      meanScore: null,
    });
  });

  it('credits a measure to its own tags, its action’s areas and the items it affirms', () => {
    const area = (code: number) => figures.areas.find((a) => a.code === code)!;
    expect(area(1)).toMatchObject({ measures: 1, score: 4, evidence: 0, actions: ['a'] });
    // Area 2: MEX a (4) and MEX d (3); GTM's not_applicable report is no measure.
    expect(area(2)).toMatchObject({ measures: 2, score: 3.5, evidence: 2, actions: ['a', 'd'] });
    // d7 answered "partial" by MEX brings its report to area 3.
    expect(area(3)).toMatchObject({ measures: 1, score: 3, scorePercent: 75, evidence: 2 });
    expect(area(3).actions).toEqual(['d', 'e']);
    expect(area(4)).toMatchObject({ measures: 0, score: null, evidence: 0, actions: ['e'] });
  });

  it('does not bring a report to an item’s area when the item is answered no or unknown', () => {
    const answered = (answer: 'no' | 'unknown') =>
      referenceReportFigures(input([report({ answers: [{ item: 'd7', answer }] })])).areas.find(
        (a) => a.code === 3,
      );
    expect(answered('no')).toMatchObject({ measures: 0, score: null });
    expect(answered('unknown')).toMatchObject({ measures: 0, score: null });
  });

  it('computes the percentage from the unrounded score, rounding once', () => {
    // Scores 4, 4, 2, 2, 2, 1, 1: mean 16 / 7 = 2.2857…, that is 57.14 %: shown 57.1, where
    // rounding the score first (2.29 / 4) would show 57.3.
    const statuses = [
      'implemented',
      'implemented',
      'in_progress',
      'in_progress',
      'in_progress',
      'planned',
      'planned',
    ] as const;
    const seven = referenceReportFigures({
      ...input([]),
      members: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
      reports: statuses.map((status, i) => report({ country: 'ABCDEFG'[i], status })),
    });
    expect(seven.actions.find((a) => a.code === 'd')).toMatchObject({
      meanScore: 2.29,
      meanScorePercent: 57.1,
    });
  });

  it('changes an area’s score like for like: only members with measures in both periods', () => {
    const before = [
      report({ country: 'MEX', action: 'a', status: 'planned' }), // area 2: 1
      report({ country: 'NIC', action: 'a', status: 'implemented' }), // area 2, but NIC is gone
    ];
    const now = [
      report({ country: 'MEX', action: 'a', status: 'in_progress' }), // area 2: 2
      report({ country: 'GTM', action: 'a', status: 'implemented' }), // new in area 2
    ];
    const area2 = referenceReportFigures(input(now, '2026-02-01', before)).areas.find(
      (a) => a.code === 2,
    )!;
    // Raw: 3 now against 2.5 before; like for like (MEX only): 2 − 1 = +1.
    expect(area2).toMatchObject({ score: 3, previousScore: 2.5, change: 1, comparableMembers: 1 });
    const noneInCommon = referenceReportFigures(input(now, '2026-02-01', [before[1]]));
    expect(noneInCommon.areas.find((a) => a.code === 2)).toMatchObject({
      change: null,
      comparableMembers: 0,
    });
  });

  it('lists the members still missing actions once the due date has passed', () => {
    expect(referenceReportFigures(input(reports, '2026-04-01')).overdue).toEqual([
      { country: 'GTM', missingActions: ['a', 'e'] },
      { country: 'MEX', missingActions: ['e'] },
      { country: 'NIC', missingActions: ['a', 'd', 'e'] },
    ]);
  });
});
