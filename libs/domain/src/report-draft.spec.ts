import type { ReportContent } from './report-content';
import { ActionFramework, reportContentFrom, treatyFlags, withTreatyAnswers } from './report-draft';
import type { TreatyStanding } from './treaty-check';

const actionA: ActionFramework = {
  items: ['a1', 'a2', 'a3', 'a4'],
  treatyItems: new Map([
    ['a1', 'SOM'],
    ['a2', 'UNTOC'],
  ]),
  defaultAreas: [2],
};
const noAreas: ActionFramework = { items: ['x1'], treatyItems: new Map(), defaultAreas: [] };

const record = (treaty: string, standing: TreatyStanding['standing']): TreatyStanding => ({
  treaty,
  standing,
  consentDate: standing === 'party' ? '2003-03-04' : null,
  consentKind: standing === 'party' ? 'ratification' : null,
  sources: ['UNTC'],
  completeAsOf: '2014-07-10',
});
const standings = new Map([
  ['SOM', record('SOM', 'party')],
  ['UNTOC', record('UNTOC', 'not_party')],
]);

const contentOf = (result: ReturnType<typeof reportContentFrom>): ReportContent => {
  if (!result.content) throw new Error(JSON.stringify(result.problems));
  return result.content;
};

describe('reportContentFrom', () => {
  it('fills what the draft leaves out: empty narrative, the action’s areas, no parts', () => {
    expect(contentOf(reportContentFrom(actionA, 'a', { status: 'planned' }))).toEqual({
      status: 'planned',
      narrative: '',
      sensitivity: 'regional',
      areas: [2],
      checklist: [],
      evidence: [],
    });
  });

  it('orders checklist answers as the action does, and areas once each, ascending', () => {
    const content = contentOf(
      reportContentFrom(actionA, 'a', {
        status: 'implemented',
        areas: [4, 1, 4],
        checklist: [
          { item: 'a4', answer: 'no', note: 'pending' },
          { item: 'a3', answer: 'yes' },
        ],
        evidence: [{ kind: 'legislation', title: 'Law 12' }],
      }),
    );
    expect(content.areas).toEqual([1, 4]);
    expect(content.checklist).toEqual([
      { item: 'a3', answer: 'yes', note: null },
      { item: 'a4', answer: 'no', note: 'pending' },
    ]);
    expect(content.evidence).toEqual([
      {
        kind: 'legislation',
        title: 'Law 12',
        url: null,
        date: null,
        reference: null,
        sensitivity: 'regional',
      },
    ]);
  });

  it('refuses items of another action and items answered twice, naming each', () => {
    const result = reportContentFrom(actionA, 'a', {
      status: 'planned',
      checklist: [
        { item: 'd5', answer: 'yes' },
        { item: 'a3', answer: 'yes' },
        { item: 'a3', answer: 'no' },
      ],
    });
    expect(result).toEqual({
      content: null,
      problems: [
        {
          field: 'checklist[0].item',
          messages: ['d5 is not an item of action (a): a1, a2, a3, a4'],
        },
        { field: 'checklist[2].item', messages: ['a3 is answered twice'] },
      ],
    });
  });

  it('asks for areas when the action has no default', () => {
    expect(reportContentFrom(noAreas, 'x', { status: 'planned' }).problems).toEqual([
      { field: 'areas', messages: ['action (x) has no default Work Plan area: give areas'] },
    ]);
    expect(reportContentFrom(noAreas, 'x', { status: 'planned', areas: [3] }).problems).toEqual([]);
  });
});

describe('withTreatyAnswers', () => {
  const base = contentOf(
    reportContentFrom(actionA, 'a', {
      status: 'planned',
      checklist: [
        { item: 'a2', answer: 'partial' },
        { item: 'a3', answer: 'yes' },
      ],
    }),
  );

  it('answers unanswered treaty items from the record, first, and keeps the given answers', () => {
    const content = withTreatyAnswers(actionA, base, standings);
    expect(content.checklist.map((entry) => [entry.item, entry.answer])).toEqual([
      ['a1', 'yes'],
      ['a2', 'partial'],
      ['a3', 'yes'],
    ]);
    expect(content.checklist[0].note).toMatch(/^Pre-filled from the treaty record: party since/);
    expect(base.checklist).toHaveLength(2);
  });

  it('leaves an item unanswered when its treaty has no record', () => {
    const content = withTreatyAnswers(actionA, base, new Map());
    expect(content.checklist.map((entry) => entry.item)).toEqual(['a2', 'a3']);
  });
});

describe('treatyFlags', () => {
  it('flags treaty answers that contradict the record, and nothing else', () => {
    const content = contentOf(
      reportContentFrom(actionA, 'a', {
        status: 'planned',
        checklist: [
          { item: 'a1', answer: 'no' },
          { item: 'a2', answer: 'yes' },
          { item: 'a3', answer: 'no' },
        ],
      }),
    );
    expect(treatyFlags(actionA, content, standings).map((flag) => flag.item)).toEqual(['a1', 'a2']);
    expect(treatyFlags(actionA, content, new Map())).toEqual([]);
  });
});
