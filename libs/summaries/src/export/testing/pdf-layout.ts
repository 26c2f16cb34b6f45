import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** A run of text on a page, in points from the page's top-left corner. */
export interface PdfTextItem {
  text: string;
  x: number;
  top: number;
  bottom: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** Every page's text runs with their positions, as pdf.js reads them. */
export function pdfLayout(pdf: Buffer): PdfPage[] {
  const out = execFileSync(process.execPath, [join(__dirname, 'pdf-layout.mjs')], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as PdfPage[];
}

/** A PDF's text as one run of words (lines joined with spaces), to look for phrases in. */
export function pdfWords(pdf: Buffer): string {
  return pdfLayout(pdf)
    .flatMap((page) => page.items.map((item) => item.text))
    .join(' ')
    .replace(/\s+/g, ' ');
}
