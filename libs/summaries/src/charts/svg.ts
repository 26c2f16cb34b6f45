import { NOT_REPORTED_COLOUR, SERIES_COLOURS } from '@app/domain';
import { FONT_FAMILY, FontWeight } from './chart-font';

/** The colour of each area's bar or line, by position: the web app's (colour-blind safe). */
export const AREA_COLOURS = SERIES_COLOURS;

/** The fill of a bar with no data: grey hatching, as in the web app, never an empty bar. */
export const NO_DATA_FILL = 'url(#no-data)';
const NO_DATA_PATTERN = `<defs><pattern id="no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="${NOT_REPORTED_COLOUR}"/></pattern></defs>`;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One line of text with its baseline at y. */
export function svgText(
  text: string,
  x: number,
  y: number,
  style: { size: number; fill?: string; weight?: FontWeight; anchor?: 'start' | 'middle' | 'end' },
): string {
  const weight = style.weight === 'bold' ? ' font-weight="500"' : '';
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${style.size}" fill="${style.fill ?? '#222'}"${weight}${anchor}>${escapeXml(text)}</text>`;
}

export function svgRect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, width).toFixed(1)}" height="${height.toFixed(1)}" fill="${fill}"/>`;
}

/** A whole SVG document in the documents' font, on white. */
export function svgDocument(width: number, height: number, body: string[], title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(height)}" viewBox="0 0 ${width} ${Math.ceil(height)}" font-family="${FONT_FAMILY}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    NO_DATA_PATTERN,
    svgRect(0, 0, width, Math.ceil(height), '#ffffff'),
    ...body,
    '</svg>',
  ].join('');
}
