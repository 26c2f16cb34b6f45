import { textWidth, wrapText } from './chart-font';
import { AREA_COLOURS, NO_DATA_FILL, svgDocument, svgRect, svgText } from './svg';

export interface AreaBar {
  code: number;
  /** The area's full name in the reader's language: wrapped, never cut. */
  label: string;
  scorePercent: number | null;
  /** The score the reader saw last (a digest's baseline), drawn as a tick; none when null. */
  previousPercent?: number | null;
}

export interface AreaChartText {
  title: string;
  /** What a bar without a score says instead of a number ("no data"). */
  noData: string;
  /** A score as the reader writes numbers (default: one decimal with a point). */
  score?: (percent: number) => string;
}

const LABEL_SIZE = 12;
const VALUE_SIZE = 12;
const LINE = 15;
const TRACK = 16;
const MARGIN = 8;

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const clamp = (value: number) => Math.min(100, Math.max(0, value));

/**
 * The Work Plan area scores (0–100) as bars: for each area its full name (wrapped over as many
 * lines as it needs), then its code, a 0–100 track filled to the score, a tick at the previous
 * score, and the score with one decimal or the "no data" text. Width in SVG units; the height
 * follows from the labels.
 */
export function areaChartSvg(bars: AreaBar[], text: AreaChartText, width = 480): string {
  const score = text.score ?? ((percent: number) => percent.toFixed(1));
  const valueText = (bar: AreaBar) =>
    finite(bar.scorePercent) ? score(bar.scorePercent) : text.noData;
  const codeWidth = Math.max(10, ...bars.map((b) => textWidth(String(b.code), VALUE_SIZE, 'bold')));
  const valueWidth = Math.max(...bars.map((b) => textWidth(valueText(b), VALUE_SIZE)), 30);
  const trackX = MARGIN + codeWidth + 8;
  const trackWidth = width - trackX - valueWidth - 8 - MARGIN;
  const body: string[] = [];
  let y = MARGIN;
  bars.forEach((bar, index) => {
    for (const line of wrapText(bar.label, width - trackX - MARGIN, LABEL_SIZE)) {
      y += LINE;
      body.push(svgText(line, trackX, y - 3, { size: LABEL_SIZE, fill: '#444' }));
    }
    y += 3;
    const baseline = y + TRACK - 4;
    body.push(svgText(String(bar.code), MARGIN, baseline, { size: VALUE_SIZE, weight: 'bold' }));
    body.push(
      svgRect(trackX, y, trackWidth, TRACK, finite(bar.scorePercent) ? '#e6e6e6' : NO_DATA_FILL),
    );
    if (finite(bar.scorePercent)) {
      const fill = (trackWidth * clamp(bar.scorePercent)) / 100;
      body.push(svgRect(trackX, y, fill, TRACK, AREA_COLOURS[index % AREA_COLOURS.length]));
    }
    if (finite(bar.previousPercent))
      body.push(
        svgRect(
          trackX + (trackWidth * clamp(bar.previousPercent)) / 100 - 1,
          y - 2,
          2,
          TRACK + 4,
          '#111',
        ),
      );
    const fill = finite(bar.scorePercent) ? '#222' : '#777';
    body.push(
      svgText(valueText(bar), width - MARGIN, baseline, { size: VALUE_SIZE, fill, anchor: 'end' }),
    );
    y += TRACK + 10;
  });
  return svgDocument(width, y + MARGIN - 10, body, text.title);
}
