import {
  CHART_BACKGROUNDS,
  CHART_HUES,
  contrastRatio,
  LEVEL_COLOURS,
  levelClass,
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

  it.each(CHART_BACKGROUNDS)('keeps every map level at 3:1 or more against %s', (background) => {
    for (const colour of LEVEL_COLOURS)
      expect({ colour, enough: contrastRatio(colour, background) >= 3 }).toEqual({
        colour,
        enough: true,
      });
  });

  it('puts levels in four classes of 25 points, 100 in the top one, darker as they rise', () => {
    expect([0, 24.9, 25, 50, 74.9, 75, 100].map(levelClass)).toEqual([0, 0, 1, 2, 2, 3, 3]);
    const ratios = LEVEL_COLOURS.map((colour) => contrastRatio(colour, '#FFFFFF'));
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });
});
