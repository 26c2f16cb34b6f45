import { PNG } from 'pngjs';
import { areaChartPng, type AreaBar } from './area-chart-png';

type Rgb = [number, number, number];

const AREA_COLOURS: Rgb[] = [
  [0x1f, 0x5f, 0x8b],
  [0x2a, 0x9d, 0x8f],
  [0xe9, 0xc4, 0x6a],
  [0xe7, 0x6f, 0x51],
];
const WHITE: Rgb = [255, 255, 255];

const same = (a: Rgb, b: Rgb) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
const isLightGrey = ([r, g, b]: Rgb) => r === g && g === b && r >= 200 && r < 255;
const isDark = ([r, g, b]: Rgb) => Math.max(r, g, b) < 100;
const isTrack = (p: Rgb) => isLightGrey(p) || AREA_COLOURS.some((c) => same(c, p));

function decode(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

function pixel(png: PNG, x: number, y: number): Rgb {
  const i = (y * png.width + x) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}

/** x positions on row y, within [from, to), whose pixel matches. */
function xsWhere(png: PNG, y: number, match: (p: Rgb) => boolean, from = 0, to = png.width) {
  const xs: number[] = [];
  for (let x = from; x < to; x++) if (match(pixel(png, x, y))) xs.push(x);
  return xs;
}

function countWhere(png: PNG, match: (p: Rgb) => boolean, box?: Box): number {
  const { x0, y0, x1, y1 } = box ?? { x0: 0, y0: 0, x1: png.width, y1: png.height };
  let n = 0;
  for (let y = y0; y < y1; y++) n += xsWhere(png, y, match, x0, x1).length;
  return n;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The bars' tracks, found as runs of rows that are mostly track grey or an area colour. */
function trackRuns(png: PNG): Array<{ top: number; bottom: number; mid: number }> {
  const runs: Array<{ top: number; bottom: number; mid: number }> = [];
  let start = -1;
  for (let y = 0; y <= png.height; y++) {
    const inTrack = y < png.height && xsWhere(png, y, isTrack).length > png.width / 3;
    if (inTrack && start < 0) start = y;
    if (!inTrack && start >= 0) {
      runs.push({ top: start, bottom: y, mid: Math.floor((start + y - 1) / 2) });
      start = -1;
    }
  }
  return runs;
}

const bar = (over: Partial<AreaBar> = {}): AreaBar => ({
  code: 1,
  label: 'Intelligence and investigation',
  scorePercent: 50,
  ...over,
});

const fourBars: AreaBar[] = [
  { code: 1, label: 'Intelligence and investigation', scorePercent: 62.5, previousPercent: 55 },
  { code: 2, label: 'Cross-border judicial cooperation', scorePercent: 100, previousPercent: 87.5 },
  { code: 3, label: 'Administrative detention and alternatives', scorePercent: null },
  {
    code: 4,
    label: 'Protection: prevention, information, assistance and migration solutions',
    scorePercent: 8.3,
    previousPercent: null,
  },
];

/** Track geometry measured on an empty (0 %) single-bar chart at the default size. */
function emptyTrack() {
  const png = decode(areaChartPng([bar({ scorePercent: 0 })]));
  const [run] = trackRuns(png);
  const xs = xsWhere(png, run.mid, isLightGrey);
  const start = xs[0];
  const end = xs[xs.length - 1] + 1;
  return { run, start, end, width: end - start };
}

/** Fill pixels of the first area colour on the middle row of a single-bar chart. */
function fillOf(scorePercent: number | null): number[] {
  const png = decode(areaChartPng([bar({ scorePercent })]));
  const [run] = trackRuns(png);
  return xsWhere(png, run.mid, (p) => same(p, AREA_COLOURS[0]));
}

describe('areaChartPng', () => {
  it('writes a PNG 480 px wide by default whose height follows the number of bars', () => {
    const buffer = areaChartPng(fourBars);
    expect(buffer.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    const png = decode(buffer);
    expect(png.width).toBe(480);
    expect(png.height).toBe(190);
    expect(trackRuns(png)).toHaveLength(4);

    const heights = [1, 2, 3].map((n) => decode(areaChartPng(fourBars.slice(0, n))).height);
    expect(heights[1] - heights[0]).toBeGreaterThan(0);
    expect(heights[2] - heights[1]).toBe(heights[1] - heights[0]);
    expect(decode(areaChartPng([])).height).toBeGreaterThan(0);
  });

  it('honours the width and scale options', () => {
    const wide = decode(areaChartPng(fourBars, { width: 640 }));
    expect(wide.width).toBe(640);
    expect(wide.height).toBe(190);
    const big = decode(areaChartPng(fourBars, { scale: 3 }));
    expect(big.width).toBe(480);
    expect(big.height).toBeGreaterThan(190);
    expect(trackRuns(big)).toHaveLength(4);
  });

  it('fills the track in proportion to the score', () => {
    const track = emptyTrack();
    const full = fillOf(100);
    const half = fillOf(50);
    const quarter = fillOf(25);
    expect(full).toHaveLength(track.width);
    expect(full[0]).toBe(track.start);
    expect(half[0]).toBe(track.start);
    expect(Math.abs(half.length - full.length / 2)).toBeLessThanOrEqual(2);
    expect(Math.abs(quarter.length - full.length / 4)).toBeLessThanOrEqual(2);
    expect(fillOf(0)).toHaveLength(0);
    // Contiguous from the left edge of the track.
    expect(half[half.length - 1] - half[0] + 1).toBe(half.length);
  });

  it('clamps scores outside 0–100 to the track', () => {
    const track = emptyTrack();
    expect(fillOf(150)).toHaveLength(track.width);
    expect(fillOf(-10)).toHaveLength(0);
  });

  it('gives each bar its area colour', () => {
    const bars = [1, 2, 3, 4].map((code) => bar({ code, scorePercent: 50 }));
    const png = decode(areaChartPng(bars));
    const runs = trackRuns(png);
    const counts = runs.map((run, i) => xsWhere(png, run.mid, (p) => same(p, AREA_COLOURS[i])));
    const first = counts[0].length;
    expect(first).toBeGreaterThan(100);
    for (const c of counts) expect(c.length).toBe(first);
    // Bar 1's row holds none of bar 2's colour.
    expect(xsWhere(png, runs[0].mid, (p) => same(p, AREA_COLOURS[1]))).toHaveLength(0);
  });

  it('draws an empty track and NO DATA for a missing score', () => {
    const track = emptyTrack();
    const png = decode(areaChartPng(fourBars));
    const runs = trackRuns(png);
    expect(countWhere(png, (p) => same(p, AREA_COLOURS[2]))).toBe(0);
    expect(xsWhere(png, runs[2].mid, isLightGrey)).toHaveLength(track.width);
    expect(fillOf(null)).toHaveLength(0);
    expect(fillOf(Number.NaN)).toHaveLength(0);

    const valueBox = (run: { top: number; bottom: number }) => ({
      x0: track.end,
      y0: run.top,
      x1: png.width,
      y1: run.bottom,
    });
    const notWhite = (p: Rgb) => !same(p, WHITE);
    const noData = countWhere(png, notWhite, valueBox(runs[2]));
    expect(noData).toBeGreaterThan(0);
    const single = decode(areaChartPng([bar({ scorePercent: null })]));
    const numeric = decode(areaChartPng([bar({ scorePercent: 0 })]));
    const [run] = trackRuns(single);
    const box = valueBox(run);
    const ink = (p: PNG) =>
      Array.from({ length: box.y1 - box.y0 }, (_, i) =>
        xsWhere(p, box.y0 + i, notWhite, box.x0, box.x1).join(','),
      ).join('|');
    expect(ink(single)).not.toBe(ink(numeric));
  });

  it('draws the previous-score tick at the previous value, over the track or the fill', () => {
    const track = emptyTrack();
    for (const [score, previous] of [
      [30, 70],
      [80, 40],
      [50, 0],
      [50, 100],
    ]) {
      const png = decode(areaChartPng([bar({ scorePercent: score, previousPercent: previous })]));
      const [run] = trackRuns(png);
      const expected = track.start + (track.width * previous) / 100;
      const ticks = xsWhere(png, run.mid, isDark, track.start, track.end);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(3);
      for (const x of ticks) expect(Math.abs(x - expected)).toBeLessThanOrEqual(2);
      // The tick stands a little proud of the track so it reads on a dark fill too.
      expect(isDark(pixel(png, ticks[0], run.top - 1))).toBe(true);
    }
  });

  it('draws no tick without a previous value', () => {
    const track = emptyTrack();
    for (const previousPercent of [undefined, null, Number.NaN]) {
      const png = decode(areaChartPng([bar({ scorePercent: 60, previousPercent })]));
      const [run] = trackRuns(png);
      expect(xsWhere(png, run.mid, isDark, track.start, track.end)).toHaveLength(0);
    }
  });

  it('prints the value to the right of the track', () => {
    const track = emptyTrack();
    const valueInk = (scorePercent: number) => {
      const png = decode(areaChartPng([bar({ scorePercent })]));
      const [run] = trackRuns(png);
      const box = { x0: track.end, y0: run.top, x1: png.width, y1: run.bottom };
      const rows = Array.from({ length: box.y1 - box.y0 }, (_, i) =>
        xsWhere(png, box.y0 + i, isDark, box.x0, box.x1),
      );
      return { count: countWhere(png, isDark, box), shape: JSON.stringify(rows) };
    };
    const a = valueInk(62.5);
    const b = valueInk(12.5);
    expect(a.count).toBeGreaterThan(20);
    expect(b.count).toBeGreaterThan(20);
    expect(a.shape).not.toBe(b.shape);
    expect(valueInk(62.5).shape).toBe(a.shape);
    // One decimal: 62.54 prints as 62.5.
    expect(valueInk(62.54).shape).toBe(a.shape);
  });

  it('prints the label above the bar, uppercased, with accents folded and unknown characters blank', () => {
    const chart = (label: string) => areaChartPng([bar({ label })]);
    const labelInk = (label: string) => {
      const png = decode(chart(label));
      const [run] = trackRuns(png);
      return countWhere(png, (p) => !same(p, WHITE), {
        x0: 0,
        y0: 0,
        x1: png.width,
        y1: run.top - 1,
      });
    };
    expect(labelInk('')).toBe(0);
    expect(labelInk('ABC')).toBeGreaterThan(0);
    expect(chart('Cooperación judicial')).toEqual(chart('COOPERACION JUDICIAL'));
    expect(chart('Øresund, Æsir')).toEqual(chart('ORESUND, AESIR'));
    expect(chart('a#b')).toEqual(chart('A B'));
    expect(chart('a#b')).not.toEqual(chart('AXB'));
    // Long labels are cut to the image width rather than drawn past it.
    const long = decode(chart('W'.repeat(200)));
    const [run] = trackRuns(long);
    const right = countWhere(long, (p) => !same(p, WHITE), {
      x0: long.width - 4,
      y0: 0,
      x1: long.width,
      y1: run.top,
    });
    expect(right).toBe(0);
  });

  it('is deterministic and small', () => {
    const a = areaChartPng(fourBars);
    const b = areaChartPng(fourBars.map((x) => ({ ...x })));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(areaChartPng(fourBars.map((x) => ({ ...x, scorePercent: 10 }))))).toBe(false);
    expect(a.length).toBeLessThan(8 * 1024);
  });

  it('rejects options it cannot draw', () => {
    expect(() => areaChartPng(fourBars, { scale: 0 })).toThrow(RangeError);
    expect(() => areaChartPng(fourBars, { scale: 1.5 })).toThrow(RangeError);
    expect(() => areaChartPng(fourBars, { width: 0 })).toThrow(RangeError);
    expect(() => areaChartPng(fourBars, { width: 60 })).toThrow(RangeError);
    expect(() => areaChartPng(fourBars, { width: 240, scale: 1 })).not.toThrow();
  });
});
