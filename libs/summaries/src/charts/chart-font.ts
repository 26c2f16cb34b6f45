import * as fontkit from 'fontkit';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The one typeface of the documents: Roboto, as pdfmake ships it (base64 in its virtual file
 * system), so the PDF, its charts and the email charts look alike and no system font is needed.
 */
export const FONT_FAMILY = 'Roboto';
export type FontWeight = 'normal' | 'bold';

const FILES: Record<FontWeight, string> = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
};

let vfs: Record<string, string> | undefined;
/** pdfmake's fonts by file name, as base64 (loaded once, on first use). */
export function pdfmakeFonts(): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS data module
  vfs ??= require('pdfmake/build/vfs_fonts') as Record<string, string>;
  return vfs;
}

const fontBytes = (weight: FontWeight) => Buffer.from(pdfmakeFonts()[FILES[weight]], 'base64');

const measured = new Map<FontWeight, fontkit.Font>();
function fontOf(weight: FontWeight): fontkit.Font {
  let font = measured.get(weight);
  if (!font) {
    font = fontkit.create(fontBytes(weight)) as fontkit.Font;
    measured.set(weight, font);
  }
  return font;
}

/** The width of a text in the font, in the units of `size`. */
export function textWidth(text: string, size: number, weight: FontWeight = 'normal'): number {
  const font = fontOf(weight);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

/** The text in lines no wider than `width`, broken between words; a word wider than that stays whole. */
export function wrapText(text: string, width: number, size: number, weight?: FontWeight): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

let files: string[] | undefined;
/**
 * The font as files, for resvg, which reads fonts only from paths: written once per content to
 * the temporary directory (the bytes come from the npm package, never from the system).
 */
export function fontFiles(): string[] {
  if (files) return files;
  const bytes = (['normal', 'bold'] as const).map(
    (weight) => [FILES[weight], fontBytes(weight)] as const,
  );
  const hash = createHash('sha256');
  bytes.forEach(([, data]) => hash.update(data));
  const dir = join(tmpdir(), `gcm9-fonts-${hash.digest('hex').slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  files = bytes.map(([name, data]) => {
    const path = join(dir, name);
    if (!existsSync(path)) writeFileSync(path, data);
    return path;
  });
  return files;
}
