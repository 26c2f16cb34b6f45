import { canonicalJson, contentHash } from './canonical-json';
import { figureChanges } from './publication-diff';

describe('canonicalJson and contentHash', () => {
  it('writes one text for one content, whatever the order of keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: null, x: 'é' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[1,{"x":"é","y":null}]},"b":1}',
    );
    expect(contentHash({ b: 1, a: 2 })).toBe(contentHash({ a: 2, b: 1 }));
    // sha256 of {"a":2,"b":1}, from sha256sum
    expect(contentHash({ a: 2, b: 1 })).toBe(
      'd3626ac30a87e6f7a6428233b3c68299976865fa5508e4267c5415c76af7a772',
    );
  });
});

describe('figureChanges', () => {
  it('lists the figures that changed, items named by code', () => {
    const before = {
      completeness: 0.1,
      memberCodes: ['MEX'],
      indicators: [
        { code: 'A', total: 5 },
        { code: 'B', total: null },
      ],
    };
    const after = {
      completeness: 0.2,
      memberCodes: ['MEX'],
      indicators: [
        { code: 'B', total: 3 },
        { code: 'A', total: 5 },
      ],
    };
    expect(figureChanges(before, after)).toEqual([
      { path: 'completeness', before: 0.1, after: 0.2 },
      { path: 'indicators[B].total', before: null, after: 3 },
    ]);
    expect(figureChanges(after, after)).toEqual([]);
  });
});
