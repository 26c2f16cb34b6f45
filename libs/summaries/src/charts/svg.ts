import { FONT_FAMILY, FontWeight } from './chart-font';

/** The colour of each area's bar or line, by position. */
export const AREA_COLOURS = ['#1f5f8b', '#2a9d8f', '#c99a2e', '#e76f51'];

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
    svgRect(0, 0, width, Math.ceil(height), '#ffffff'),
    ...body,
    '</svg>',
  ].join('');
}
