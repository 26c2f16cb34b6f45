/**
 * The Work Plan area-score chart as a small PNG, for inline (cid) attachment in HTML emails: many
 * mail clients block remote images and none run SVG, so the chart travels inside the message as a
 * raster image. Drawn pixel by pixel with `pngjs` and a built-in 5×7 bitmap font (no canvas, no
 * native module, no font files); the same input always yields the same bytes.
 *
 * One row per bar (margins, text and bar heights grow with `scale`; the width does not):
 *
 *     LABEL, UPPERCASED AND TRUNCATED TO FIT
 *     1  [■■■■■■■■■■■■■■|■■■■■■■           ]  62.5
 *
 * the area code, a light grey 0–100 track filled in the area's colour (by the bar's position:
 * #1f5f8b, #2a9d8f, #e9c46a, #e76f51, then repeating), a thin dark tick at `previousPercent` when
 * that is a number, and the value with one decimal, or "NO DATA". Scores outside 0–100 are drawn
 * clamped but printed as given; non-finite numbers count as missing.
 */
import { PNG } from 'pngjs';

export interface AreaBar {
  code: number;
  label: string;
  scorePercent: number | null;
  previousPercent?: number | null;
}

type Rgb = readonly [number, number, number];

const AREA_COLOURS: readonly Rgb[] = [
  [0x1f, 0x5f, 0x8b],
  [0x2a, 0x9d, 0x8f],
  [0xe9, 0xc4, 0x6a],
  [0xe7, 0x6f, 0x51],
];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const TRACK: Rgb = [0xe6, 0xe6, 0xe6];
const TEXT: Rgb = [0x22, 0x22, 0x22];
const LABEL_TEXT: Rgb = [0x44, 0x44, 0x44];
const MUTED_TEXT: Rgb = [0x77, 0x77, 0x77];
const TICK: Rgb = [0x11, 0x11, 0x11];

const GLYPH_WIDTH = 5;
const GLYPH_HEIGHT = 7;
/** Glyph width plus one column of spacing, in font pixels. */
const ADVANCE = GLYPH_WIDTH + 1;
const NO_DATA = 'NO DATA';
/** The value column is sized for "NO DATA", the longest text it normally holds. */
const VALUE_CHARS = NO_DATA.length;

/**
 * 5×7 glyphs, one string per row, '#' for ink. Besides the characters the chart needs (digits,
 * '.', '%', '-', '+', ' ', A–Z) it has ':' and ',' because the area names contain them.
 */
const FONT: Record<string, readonly string[]> = {
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
  '.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
  ',': ['.....', '.....', '.....', '.....', '.##..', '..#..', '.#...'],
  ':': ['.....', '.##..', '.##..', '.....', '.##..', '.##..', '.....'],
  '%': ['##...', '##..#', '...#.', '..#..', '.#...', '#..##', '...##'],
  '-': ['.....', '.....', '.....', '#####', '.....', '.....', '.....'],
  '+': ['.....', '..#..', '..#..', '#####', '..#..', '..#..', '.....'],
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['###..', '#..#.', '#...#', '#...#', '#...#', '#..#.', '###..'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
};

/** Letters that Unicode does not decompose into a base letter plus marks. */
const BASE_LETTERS: Record<string, string> = {
  Ø: 'O',
  Æ: 'AE',
  Œ: 'OE',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'TH',
  İ: 'I',
};

/** Uppercase, accents stripped ("Ó" → "O"), whitespace collapsed; unknown characters become spaces. */
function toFontText(text: string): string {
  const upper = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();
  let out = '';
  for (const char of upper) {
    const mapped = BASE_LETTERS[char] ?? char;
    for (const c of mapped) out += c in FONT ? c : ' ';
  }
  return out;
}

class Canvas {
  readonly width: number;
  readonly height: number;
  private readonly data: Buffer;

  constructor(png: PNG) {
    this.width = png.width;
    this.height = png.height;
    this.data = png.data;
  }

  /** Fills the rectangle, clipped to the image. */
  rect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    const x0 = Math.max(0, x);
    const y0 = Math.max(0, y);
    const x1 = Math.min(this.width, x + w);
    const y1 = Math.min(this.height, y + h);
    for (let py = y0; py < y1; py++) {
      for (let px = x0; px < x1; px++) {
        const i = (py * this.width + px) * 4;
        this.data[i] = colour[0];
        this.data[i + 1] = colour[1];
        this.data[i + 2] = colour[2];
        this.data[i + 3] = 0xff;
      }
    }
  }

  /** Draws already-normalised text with its top-left corner at (x, y). */
  text(text: string, x: number, y: number, scale: number, colour: Rgb): void {
    let left = x;
    for (const char of text) {
      const glyph = FONT[char] ?? FONT[' '];
      glyph.forEach((row, gy) => {
        for (let gx = 0; gx < GLYPH_WIDTH; gx++) {
          if (row[gx] === '#') this.rect(left + gx * scale, y + gy * scale, scale, scale, colour);
        }
      });
      left += ADVANCE * scale;
    }
  }
}

/** Width in pixels of `chars` characters (no trailing spacing column). */
function textWidth(chars: number, scale: number): number {
  return chars > 0 ? (chars * ADVANCE - 1) * scale : 0;
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * Renders the bars as a PNG: `width` pixels wide (default 480), height following from the number of
 * bars, text drawn at `scale` image pixels per font pixel (default 2). Throws a RangeError when
 * `width` or `scale` is not a positive integer or the width leaves no room for the track.
 */
export function areaChartPng(
  bars: AreaBar[],
  options?: { width?: number; scale?: number },
): Buffer {
  const width = options?.width ?? 480;
  const scale = options?.scale ?? 2;
  if (!Number.isInteger(scale) || scale < 1) {
    throw new RangeError(`scale must be a positive integer, got ${scale}`);
  }
  if (!Number.isInteger(width) || width < 1) {
    throw new RangeError(`width must be a positive integer, got ${width}`);
  }

  const margin = 4 * scale;
  const gap = 3 * scale;
  const labelHeight = GLYPH_HEIGHT * scale;
  const labelGap = 2 * scale;
  const trackHeight = (GLYPH_HEIGHT + 2) * scale;
  const rowGap = 5 * scale;
  const rowHeight = labelHeight + labelGap + trackHeight + rowGap;

  const codes = bars.map((bar) => toFontText(String(bar.code)));
  const codeWidth = textWidth(Math.max(1, ...codes.map((code) => code.length)), scale);
  const trackX = margin + codeWidth + gap;
  const valueX = width - margin - textWidth(VALUE_CHARS, scale);
  const trackWidth = valueX - gap - trackX;
  const minTrack = 10 * scale;
  if (trackWidth < minTrack) {
    throw new RangeError(
      `width ${width} is too small at scale ${scale}; need at least ${width - trackWidth + minTrack}`,
    );
  }
  const labelChars = Math.floor((width - margin - trackX + scale) / (ADVANCE * scale));

  const height = 2 * margin + (bars.length > 0 ? bars.length * rowHeight - rowGap : 0);
  const png = new PNG({ width, height });
  const canvas = new Canvas(png);
  canvas.rect(0, 0, width, height, WHITE);

  bars.forEach((bar, index) => {
    const top = margin + index * rowHeight;
    const trackY = top + labelHeight + labelGap;
    const textY = trackY + scale;

    let label = toFontText(bar.label ?? '');
    if (label.length > labelChars) {
      label = `${label.slice(0, labelChars - 1).replace(/[\s.,:+-]+$/, '')}.`;
    }
    if (labelChars >= 4) canvas.text(label, trackX, top, scale, LABEL_TEXT);

    canvas.text(codes[index], margin, textY, scale, TEXT);

    canvas.rect(trackX, trackY, trackWidth, trackHeight, TRACK);
    if (finite(bar.scorePercent)) {
      const fill = Math.round((trackWidth * clampPercent(bar.scorePercent)) / 100);
      canvas.rect(trackX, trackY, fill, trackHeight, AREA_COLOURS[index % AREA_COLOURS.length]);
      canvas.text(toFontText(bar.scorePercent.toFixed(1)), valueX, textY, scale, TEXT);
    } else {
      canvas.text(NO_DATA, valueX, textY, scale, MUTED_TEXT);
    }

    if (finite(bar.previousPercent)) {
      const tickWidth = scale;
      const centre = trackX + Math.round((trackWidth * clampPercent(bar.previousPercent)) / 100);
      const tickX = Math.min(
        trackX + trackWidth - tickWidth,
        Math.max(trackX, centre - Math.floor(tickWidth / 2)),
      );
      canvas.rect(tickX, trackY - scale, tickWidth, trackHeight + 2 * scale, TICK);
    }
  });

  // Opaque image: write RGB (colour type 2) rather than RGBA to keep the file small.
  return PNG.sync.write(png, { colorType: 2 });
}
