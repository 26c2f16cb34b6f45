import { changesBetween, ChecklistEntry, EvidenceEntry, ReportContent } from './report-content';

const law: EvidenceEntry = {
  kind: 'legislation',
  title: 'Migration Act',
  url: 'https://example.org/act',
  date: '2020-05-01',
  reference: 'Art. 12',
  sensitivity: 'public',
};

const content = (fields: Partial<ReportContent> = {}): ReportContent => ({
  status: 'in_progress',
  narrative: 'A national action plan is being drafted.',
  sensitivity: 'regional',
  areas: [1, 3],
  checklist: [
    { item: 'a1', answer: 'yes', note: null },
    { item: 'a2', answer: 'partial', note: 'Signed only' },
  ],
  evidence: [law],
  ...fields,
});

describe('changesBetween', () => {
  it('finds no changes when the report is as it was validated', () => {
    expect(changesBetween(content(), content())).toEqual([]);
  });

  it('finds no changes when only the key order of stored JSON differs', () => {
    const reordered = content({
      checklist: [
        { note: null, answer: 'yes', item: 'a1' } as ChecklistEntry,
        { note: 'Signed only', item: 'a2', answer: 'partial' } as ChecklistEntry,
      ],
      evidence: [
        {
          reference: 'Art. 12',
          date: '2020-05-01',
          url: law.url,
          title: law.title,
          kind: law.kind,
          sensitivity: law.sensitivity,
        },
      ],
    });
    expect(changesBetween(content(), reordered)).toEqual([]);
  });

  it('ignores the order of checklist items', () => {
    const validated = content();
    const current = content({ checklist: [...validated.checklist].reverse() });
    expect(changesBetween(validated, current)).toEqual([]);
  });

  it('shows a changed status and narrative with their values before and after', () => {
    const changes = changesBetween(
      content(),
      content({ status: 'implemented', narrative: 'The plan was adopted.' }),
    );
    expect(changes).toEqual([
      { field: 'status', before: 'in_progress', after: 'implemented' },
      {
        field: 'narrative',
        before: 'A national action plan is being drafted.',
        after: 'The plan was adopted.',
      },
    ]);
  });

  it('shows changed areas', () => {
    expect(changesBetween(content(), content({ areas: [1, 2, 3] }))).toEqual([
      { field: 'areas', before: [1, 3], after: [1, 2, 3] },
    ]);
  });

  it('shows evidence as one field when any piece of it is added, removed or edited', () => {
    const report: EvidenceEntry = { ...law, kind: 'report', title: 'Annual report' };
    expect(changesBetween(content(), content({ evidence: [law, report] }))).toEqual([
      { field: 'evidence', before: [law], after: [law, report] },
    ]);
    expect(changesBetween(content(), content({ evidence: [] }))).toEqual([
      { field: 'evidence', before: [law], after: [] },
    ]);
    expect(
      changesBetween(content(), content({ evidence: [{ ...law, url: null }] })).map((c) => c.field),
    ).toEqual(['evidence']);
  });

  it('shows a checklist change per item, with the entry before and after', () => {
    const current = content({
      checklist: [
        { item: 'a1', answer: 'yes', note: null },
        { item: 'a2', answer: 'yes', note: 'Ratified in 2024' },
      ],
    });
    expect(changesBetween(content(), current)).toEqual([
      {
        field: 'checklist.a2',
        before: { item: 'a2', answer: 'partial', note: 'Signed only' },
        after: { item: 'a2', answer: 'yes', note: 'Ratified in 2024' },
      },
    ]);
  });

  it('counts a changed note alone as a change to that item', () => {
    const current = content({
      checklist: [
        { item: 'a1', answer: 'yes', note: 'See the gazette' },
        { item: 'a2', answer: 'partial', note: 'Signed only' },
      ],
    });
    expect(changesBetween(content(), current).map((c) => c.field)).toEqual(['checklist.a1']);
  });

  it('shows an answered item as added (before null) and a dropped one as removed (after null)', () => {
    const current = content({
      checklist: [
        { item: 'a2', answer: 'partial', note: 'Signed only' },
        { item: 'b1', answer: 'no', note: null },
      ],
    });
    expect(changesBetween(content(), current)).toEqual([
      { field: 'checklist.a1', before: { item: 'a1', answer: 'yes', note: null }, after: null },
      { field: 'checklist.b1', before: null, after: { item: 'b1', answer: 'no', note: null } },
    ]);
  });

  it('lists content fields first, then checklist items sorted by code', () => {
    const validated = content({ checklist: [] });
    const current = content({
      status: 'planned',
      evidence: [],
      checklist: [
        { item: 'c1', answer: 'no', note: null },
        { item: 'a1', answer: 'yes', note: null },
        { item: 'b2', answer: 'unknown', note: null },
      ],
    });
    expect(changesBetween(validated, current).map((c) => c.field)).toEqual([
      'status',
      'evidence',
      'checklist.a1',
      'checklist.b2',
      'checklist.c1',
    ]);
  });
});
