import {
  CHART_BACKGROUNDS,
  CHART_HUES,
  contrastRatio,
  NOT_REPORTED_COLOUR,
  SERIES_COLOURS,
  STATUS_COLOURS,
} from './chart-palette';
import { IMPLEMENTATION_STATUSES } from './implementation-status';

describe('the charts’ colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });

  const used = [...SERIES_COLOURS, ...Object.values(STATUS_COLOURS), NOT_REPORTED_COLOUR];
  it.each(CHART_BACKGROUNDS)('keeps every colour at 3:1 or more against %s', (background) => {
    const low = used
      .map((colour) => ({ colour, ratio: contrastRatio(colour, background) }))
      .filter(({ ratio }) => ratio < 3);
    expect(low).toEqual([]);
  });

  it('gives each status and each series a hue of its own', () => {
    expect(Object.keys(STATUS_COLOURS).sort()).toEqual([...IMPLEMENTATION_STATUSES].sort());
    expect(new Set(Object.values(STATUS_COLOURS)).size).toBe(IMPLEMENTATION_STATUSES.length);
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
    for (const colour of used) expect(Object.values(CHART_HUES)).toContain(colour);
  });
});
