import { wrapText } from './chart-font';
import { AREA_COLOURS, svgDocument, svgRect, svgText } from './svg';

export interface AreaSeries {
  code: number;
  /** The area's full name in the reader's language: wrapped in the legend, never cut. */
  label: string;
  /** One score (0–100) per period; null where the period has no data (the line breaks). */
  values: Array<number | null>;
}

const SIZE = 11;
const MARGIN = 8;
const AXIS = 28;
const PLOT_HEIGHT = 150;

/** Each run of consecutive points with a value, as an SVG path (a gap is no data, not 0). */
function linePaths(points: Array<[number, number] | null>, colour: string): string[] {
  const runs: Array<Array<[number, number]>> = [[]];
  for (const point of points) {
    if (point) runs[runs.length - 1].push(point);
    else if (runs[runs.length - 1].length) runs.push([]);
  }
  return runs
    .filter((run) => run.length)
    .flatMap((run) => [
      ...(run.length > 1
        ? [
            `<path d="${run.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`,
          ]
        : []),
      ...run.map(
        ([x, y]) => `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="${colour}"/>`,
      ),
    ]);
}

/** The legend under the plot: a swatch and the area's full name, wrapped. */
function legend(series: AreaSeries[], width: number, top: number, body: string[]): number {
  let y = top;
  series.forEach((area, index) => {
    body.push(svgRect(MARGIN, y + 4, 10, 10, AREA_COLOURS[index % AREA_COLOURS.length]));
    for (const line of wrapText(`${area.code}. ${area.label}`, width - 2 * MARGIN - 16, SIZE)) {
      y += 14;
      body.push(svgText(line, MARGIN + 16, y, { size: SIZE, fill: '#333' }));
    }
    y += 4;
  });
  return y;
}

/** The area scores (0–100) across periods as lines, one per area, with a legend of full names. */
export function seriesChartSvg(
  periods: string[],
  series: AreaSeries[],
  title: string,
  width = 480,
): string {
  const body: string[] = [];
  const plotX = MARGIN + AXIS;
  const plotWidth = width - plotX - MARGIN - 12;
  const top = MARGIN + 6;
  const yOf = (value: number) => top + PLOT_HEIGHT * (1 - Math.min(100, Math.max(0, value)) / 100);
  const xOf = (index: number) =>
    plotX + (periods.length > 1 ? (plotWidth * index) / (periods.length - 1) : plotWidth / 2);
  for (const tick of [0, 25, 50, 75, 100]) {
    body.push(svgRect(plotX, yOf(tick), plotWidth, 0.6, '#d0d0d0'));
    body.push(
      svgText(String(tick), plotX - 4, yOf(tick) + 4, { size: SIZE, fill: '#555', anchor: 'end' }),
    );
  }
  periods.forEach((period, index) =>
    body.push(
      svgText(period, xOf(index), top + PLOT_HEIGHT + 16, {
        size: SIZE,
        fill: '#555',
        anchor: 'middle',
      }),
    ),
  );
  series.forEach((area, index) => {
    const points = area.values.map((value, i): [number, number] | null =>
      value === null ? null : [xOf(i), yOf(value)],
    );
    body.push(...linePaths(points, AREA_COLOURS[index % AREA_COLOURS.length]));
  });
  const height = legend(series, width, top + PLOT_HEIGHT + 24, body) + MARGIN;
  return svgDocument(width, height, body, title);
}
