import type { AccessScope } from './access-policy';
import {
  commentPartName,
  indicatorCellNames,
  mayComment,
  partChangedBetween,
  replyAnswers,
} from './part-comments';

const scope = (fields: Partial<AccessScope>): AccessScope => ({
  role: 'focal_point',
  countries: [],
  coordinatedCountries: [],
  ...fields,
});
const focalPoint = { id: 'fp', ...scope({ countries: ['MEX'] }) };
const coordinator = { id: 'co', ...scope({ role: 'coordinator', coordinatedCountries: ['MEX'] }) };
const analyst = { id: 'an', ...scope({ role: 'analyst' }) };
const admin = { id: 'ad', ...scope({ role: 'admin' }) };

describe('part comments', () => {
  it('name the part among the record’s parts', () => {
    expect(commentPartName({ kind: 'checklist', key: 'd3' })).toBe('checklist.d3');
    expect(commentPartName({ kind: 'evidence', key: 'Ley de Migración' })).toBe(
      'evidence.Ley de Migración',
    );
    expect(commentPartName({ kind: 'indicator', key: 'OFFICIALS_TRAINED.female.all' })).toBe(
      'OFFICIALS_TRAINED.female.all',
    );
    expect(commentPartName({ kind: 'record' })).toBeNull();
  });

  it('tell whether the part changed: that part only, any part for the whole record', () => {
    const before = { 'checklist.d3': { answer: 'no', note: null }, narrative: 'a' };
    const narrativeChanged = { ...before, narrative: 'b' };
    expect(partChangedBetween({ kind: 'checklist', key: 'd3' }, before, narrativeChanged)).toBe(
      false,
    );
    expect(partChangedBetween({ kind: 'record' }, before, narrativeChanged)).toBe(true);
    expect(
      partChangedBetween({ kind: 'checklist', key: 'd3' }, before, {
        ...before,
        'checklist.d3': { answer: 'yes', note: null },
      }),
    ).toBe(true);
    // Removing the item is a change too.
    expect(partChangedBetween({ kind: 'checklist', key: 'd3' }, before, { narrative: 'a' })).toBe(
      true,
    );
    expect(partChangedBetween({ kind: 'record' }, before, { ...before })).toBe(false);
  });

  it('count any cell of the same indicator as a change of an indicator cell', () => {
    const before = { 'X.all.all': 3, 'X.female.all': 1, 'Y.all.all': 1 };
    const key = 'X.all.all';
    expect(
      partChangedBetween({ kind: 'indicator', key }, before, { ...before, 'Y.all.all': 2 }),
    ).toBe(false);
    expect(
      partChangedBetween({ kind: 'indicator', key }, before, { ...before, 'X.female.all': 2 }),
    ).toBe(true);
  });

  it('let reviewers open threads, the country’s focal points reply, and no one else write', () => {
    expect(mayComment(coordinator, 'MEX', false)).toBe(true);
    expect(mayComment(admin, 'MEX', false)).toBe(true);
    expect(mayComment(focalPoint, 'MEX', false)).toBe(false);
    expect(mayComment(focalPoint, 'MEX', true)).toBe(true);
    expect(mayComment(focalPoint, 'GTM', true)).toBe(false);
    expect(mayComment(coordinator, 'GTM', true)).toBe(false);
    expect(mayComment(analyst, 'MEX', true)).toBe(false);
  });

  it('resolve a thread by a reply of someone who may edit the record, not by the reviewer’s own', () => {
    expect(replyAnswers(focalPoint, 'MEX', coordinator.id)).toBe(true);
    expect(replyAnswers(coordinator, 'MEX', coordinator.id)).toBe(false);
    expect(replyAnswers(coordinator, 'MEX', admin.id)).toBe(false);
    expect(replyAnswers(admin, 'MEX', admin.id)).toBe(false);
    expect(replyAnswers(admin, 'MEX', coordinator.id)).toBe(true);
  });

  it('name the cells of an indicator by its breakdown', () => {
    expect(indicatorCellNames({ code: 'X', disaggregation: 'none' })).toEqual(['X.all.all']);
    expect(indicatorCellNames({ code: 'X', disaggregation: 'sex' })).toEqual([
      'X.all.all',
      'X.female.all',
      'X.male.all',
      'X.unknown.all',
    ]);
    expect(indicatorCellNames({ code: 'X', disaggregation: 'sex_age' })).toHaveLength(10);
  });
});
