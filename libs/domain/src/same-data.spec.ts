import { isSameData } from './same-data';

describe('isSameData', () => {
  it('treats objects with the same keys in another order as the same (jsonb reorders keys)', () => {
    expect(isSameData({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
  });

  it('compares nested values, not references', () => {
    const a = { checklist: [{ item: 'a1', answer: 'yes', note: null }] };
    const b = { checklist: [{ note: null, answer: 'yes', item: 'a1' }] };
    expect(isSameData(a, b)).toBe(true);
    expect(isSameData(a, { checklist: [{ item: 'a1', answer: 'no', note: null }] })).toBe(false);
  });

  it('treats arrays in another order as different', () => {
    expect(isSameData([1, 2], [2, 1])).toBe(false);
    expect(isSameData([1, 2], [1, 2])).toBe(true);
  });

  it('treats an array with more or fewer elements as different', () => {
    expect(isSameData([1, 2], [1, 2, 3])).toBe(false);
    expect(isSameData([], [0])).toBe(false);
  });

  it('distinguishes null from a missing or undefined key only the way JSON does', () => {
    expect(isSameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isSameData({ a: 1, b: null }, { a: 1 })).toBe(false);
  });

  it('distinguishes values of different types', () => {
    expect(isSameData(1, '1')).toBe(false);
    expect(isSameData(null, 'null')).toBe(false);
    expect(isSameData(0, false)).toBe(false);
    expect(isSameData([], {})).toBe(false);
    expect(isSameData(null, {})).toBe(false);
  });

  it('compares strings exactly', () => {
    expect(isSameData('Narrative', 'Narrative')).toBe(true);
    expect(isSameData('Narrative', 'narrative')).toBe(false);
    expect(isSameData('a', 'a ')).toBe(false);
  });

  it('tells a missing key from a key with an odd name', () => {
    expect(isSameData({ 'a:1,b': 1 }, { a: 1, b: 1 })).toBe(false);
    expect(isSameData({ a: '1,"b":1' }, { a: 1, b: 1 })).toBe(false);
  });
});
