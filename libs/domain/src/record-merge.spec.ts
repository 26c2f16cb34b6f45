import { changedParts, mergeParts, partChanges, withChosenParts } from './record-merge';
import type { ReportContent } from './report-content';
import {
  indicatorParts,
  mergeIndicatorParts,
  indicatorsFromParts,
  ReportDocument,
  reportFromParts,
  reportParts,
} from './record-parts';

const base: ReportContent = {
  status: 'in_progress',
  narrative: 'Draft narrative',
  sensitivity: 'regional',
  areas: [2],
  checklist: [
    { item: 'd1', answer: 'yes', note: null },
    { item: 'd3', answer: 'partial', note: 'Art. 159' },
  ],
  evidence: [
    {
      kind: 'legislation',
      title: 'Ley de Migración',
      url: null,
      date: null,
      reference: null,
      sensitivity: 'public',
    },
  ],
};

const edit = (change: Partial<ReportContent>): ReportDocument => ({ ...base, ...change });
const d3Note = (note: string) => [base.checklist[0], { ...base.checklist[1], note }];

describe('mergeParts', () => {
  it('keeps both sides when they changed different parts', () => {
    const mine = reportParts(edit({ checklist: d3Note('Art. 160') }));
    const theirs = reportParts(edit({ narrative: 'Their narrative' }));
    const { merged, conflicts } = mergeParts(reportParts(base), mine, theirs);
    expect(conflicts).toEqual([]);
    expect(reportFromParts(merged)).toMatchObject({
      narrative: 'Their narrative',
      checklist: [base.checklist[0], { item: 'd3', answer: 'partial', note: 'Art. 160' }],
    });
  });

  it('names a part changed on both sides differently, with base, mine and theirs', () => {
    const mine = reportParts(edit({ checklist: d3Note('mine') }));
    const theirs = reportParts(edit({ checklist: d3Note('theirs') }));
    const { merged, conflicts } = mergeParts(reportParts(base), mine, theirs);
    expect(conflicts).toEqual([
      {
        part: 'checklist.d3',
        base: { answer: 'partial', note: 'Art. 159' },
        mine: { answer: 'partial', note: 'mine' },
        theirs: { answer: 'partial', note: 'theirs' },
      },
    ]);
    expect(merged['checklist.d3']).toEqual({ answer: 'partial', note: 'theirs' });
  });

  it('does not call the same change on both sides a conflict', () => {
    const both = reportParts(edit({ status: 'implemented' }));
    expect(mergeParts(reportParts(base), both, both).conflicts).toEqual([]);
  });

  it('keeps a removal on one side and an untouched part on the other', () => {
    const mine = reportParts(edit({ checklist: [base.checklist[0]] }));
    const { merged, conflicts } = mergeParts(reportParts(base), mine, reportParts(base));
    expect(conflicts).toEqual([]);
    expect(merged['checklist.d3']).toBeUndefined();
  });

  it('calls a removal on one side and an edit on the other a conflict (null for removed)', () => {
    const mine = reportParts(edit({ checklist: [base.checklist[0]] }));
    const theirs = reportParts(edit({ checklist: d3Note('edited') }));
    const { conflicts } = mergeParts(reportParts(base), mine, theirs);
    expect(conflicts).toEqual([expect.objectContaining({ part: 'checklist.d3', mine: null })]);
  });

  it('keeps evidence added in two windows, both items', () => {
    const added = (title: string) => ({ ...base.evidence[0], title });
    const mine = reportParts(edit({ evidence: [...base.evidence, added('Mine')] }));
    const theirs = reportParts(edit({ evidence: [...base.evidence, added('Theirs')] }));
    const { merged, conflicts } = mergeParts(reportParts(base), mine, theirs);
    expect(conflicts).toEqual([]);
    expect(reportFromParts(merged).evidence!.map((e) => e.title)).toEqual([
      'Ley de Migración',
      'Theirs',
      'Mine',
    ]);
  });
});

describe('indicator cells as parts', () => {
  const values = {
    values: [
      {
        indicator: 'SOM_PERSONS_CONVICTED',
        total: 3,
        bySex: { female: 1, male: 2, unknown: 0 },
        sensitivity: 'national' as const,
      },
      { indicator: 'PUBLIC_CAMPAIGNS', total: 4, sensitivity: 'public' as const },
    ],
  };

  it('names each cell by indicator, sex and age, and builds the values back', () => {
    const parts = indicatorParts(values);
    expect(parts['SOM_PERSONS_CONVICTED.female.all']).toBe(1);
    expect(parts['PUBLIC_CAMPAIGNS.all.all']).toBe(4);
    expect(parts['SOM_PERSONS_CONVICTED.sensitivity']).toBe('national');
    expect(indicatorsFromParts(parts)).toEqual(values);
  });

  it('merges two windows that changed different cells of one indicator', () => {
    const mine = indicatorParts({
      values: [
        { ...values.values[0], total: 4, bySex: { female: 2, male: 2, unknown: 0 } },
        values.values[1],
      ],
    });
    const theirs = indicatorParts({
      values: [values.values[0], { ...values.values[1], total: 5 }],
    });
    const { merged, conflicts } = mergeParts(indicatorParts(values), mine, theirs);
    expect(conflicts).toEqual([]);
    expect(changedParts(indicatorParts(values), mine)).toEqual([
      'SOM_PERSONS_CONVICTED.all.all',
      'SOM_PERSONS_CONVICTED.female.all',
    ]);
    expect(merged['PUBLIC_CAMPAIGNS.all.all']).toBe(5);
    expect(merged['SOM_PERSONS_CONVICTED.female.all']).toBe(2);
  });
});

describe('mergeIndicatorParts', () => {
  const convicted = (total: number, female: number, male: number) => ({
    values: [
      {
        indicator: 'SOM_PERSONS_CONVICTED',
        total,
        bySex: { female, male, unknown: 0 },
        sensitivity: 'public' as const,
      },
    ],
  });

  it('asks about the cells two sides changed when their merge no longer adds up', () => {
    const { conflicts } = mergeIndicatorParts(
      indicatorParts(convicted(3, 1, 2)),
      indicatorParts(convicted(4, 2, 2)),
      indicatorParts(convicted(4, 1, 3)),
    );
    expect(conflicts).toEqual([
      { part: 'SOM_PERSONS_CONVICTED.female.all', base: 1, mine: 2, theirs: 1 },
      { part: 'SOM_PERSONS_CONVICTED.male.all', base: 2, mine: 2, theirs: 3 },
    ]);
  });

  it('merges different cells of one indicator that still add up', () => {
    const { merged, conflicts } = mergeIndicatorParts(
      indicatorParts(convicted(3, 1, 2)),
      indicatorParts(convicted(3, 2, 1)),
      indicatorParts(convicted(3, 1, 2)),
    );
    expect(conflicts).toEqual([]);
    expect(indicatorsFromParts(merged)).toEqual(convicted(3, 2, 1));
  });
});

describe('withChosenParts', () => {
  it('sets each chosen part and removes one chosen as null', () => {
    expect(withChosenParts({ a: 1, b: 2 }, { a: 3, b: null })).toEqual({ a: 3 });
  });
});

describe('partChanges', () => {
  it('names each changed, added and removed part with its value before and after', () => {
    const before = reportParts({
      status: 'planned',
      narrative: 'Draft law',
      checklist: [
        { item: 'd1', answer: 'partial' },
        { item: 'd2', answer: 'no' },
      ],
    });
    const after = reportParts({
      status: 'planned',
      narrative: 'Law adopted',
      checklist: [
        { item: 'd1', answer: 'yes', note: 'Art. 159' },
        { item: 'd3', answer: 'yes' },
      ],
    });
    expect(partChanges(before, after)).toEqual([
      { part: 'narrative', before: 'Draft law', after: 'Law adopted' },
      {
        part: 'checklist.d1',
        before: { answer: 'partial', note: null },
        after: { answer: 'yes', note: 'Art. 159' },
      },
      { part: 'checklist.d3', before: null, after: { answer: 'yes', note: null } },
      { part: 'checklist.d2', before: { answer: 'no', note: null }, after: null },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(partChanges({ status: 'planned' }, { status: 'planned' })).toEqual([]);
  });
});
