import { inflateSync } from 'node:zlib';

// WinAnsi differs from Latin-1 only in 0x80–0x9F; these are the ones our documents use.
const WIN_ANSI_EXTRAS: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};
const winAnsi = (bytes: Buffer) =>
  [...bytes].map((byte) => WIN_ANSI_EXTRAS[byte] ?? String.fromCharCode(byte)).join('');

/**
 * The text a PDFKit document shows, line by line: each content stream inflated, each TJ/Tj
 * operator's hex strings decoded (PDFKit writes standard-font text as WinAnsi hex).
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      continue; // not a Flate stream (an image, a font): no text in it
    }
    const shows = /\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (let show = shows.exec(content); show; show = shows.exec(content)) {
      const hexes =
        show[1] !== undefined ? (show[1].match(/<([0-9a-fA-F]*)>/g) ?? []) : [`<${show[2]}>`];
      lines.push(hexes.map((hex) => winAnsi(Buffer.from(hex.slice(1, -1), 'hex'))).join(''));
    }
  }
  return lines;
}
