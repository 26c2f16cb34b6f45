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

const input = (reports: ValidatedReportFacts[], today = '2026-02-01'): ReferenceInput => ({
  members: ['MEX', 'GTM', 'NIC'],
  reports,
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

  it('credits a report to its own tags, its action’s areas and its answered items’ areas', () => {
    const area = (code: number) => figures.areas.find((a) => a.code === code)!;
    expect(area(1)).toMatchObject({ measures: 1, score: 4, evidence: 0, actions: ['a'] });
    expect(area(2)).toMatchObject({ measures: 3, score: 3.5, evidence: 3, actions: ['a', 'd'] });
    // d7 answered by MEX has area 3; the GTM report does not answer it.
    expect(area(3)).toMatchObject({ measures: 1, score: 3, scorePercent: 75, evidence: 2 });
    expect(area(3).actions).toEqual(['d', 'e']);
    expect(area(4)).toMatchObject({ measures: 0, score: null, evidence: 0, actions: ['e'] });
  });

  it('lists the members still missing actions once the due date has passed', () => {
    expect(referenceReportFigures(input(reports, '2026-04-01')).overdue).toEqual([
      { country: 'GTM', missingActions: ['a', 'e'] },
      { country: 'MEX', missingActions: ['e'] },
      { country: 'NIC', missingActions: ['a', 'd', 'e'] },
    ]);
  });
});
