// The charts' colours, shared by the web app, the emails and the PDF: Okabe and Ito's hues, which
// people with the common colour-vision deficiencies tell apart, darkened where needed so each keeps
// a contrast of at least 3:1 against the charts' backgrounds (WCAG 1.4.11, non-text contrast).
import type { ImplementationStatus } from './implementation-status';

export const CHART_HUES = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#008A63', // Okabe–Ito bluish green #009E73, darker
  purple: '#B0508A', // Okabe–Ito reddish purple #CC79A7, darker
  orange: '#A66F00', // Okabe–Ito orange #E69F00, darker
  grey: '#6B6B6B',
} as const;

/** What bars and lines are drawn on: the page (white) and the bars' empty track. */
export const CHART_BACKGROUNDS = ['#FFFFFF', '#EDF0F4'] as const;

/** Lines and bars one per series, in order: the Work Plan areas 1–4, completeness and timeliness. */
export const SERIES_COLOURS = [
  CHART_HUES.blue,
  CHART_HUES.vermillion,
  CHART_HUES.green,
  CHART_HUES.purple,
] as const;

/** Each implementation status in the stacked bars, from not started to implemented. */
export const STATUS_COLOURS: Record<ImplementationStatus, string> = {
  not_started: CHART_HUES.vermillion,
  planned: CHART_HUES.orange,
  in_progress: CHART_HUES.purple,
  partially_implemented: CHART_HUES.green,
  implemented: CHART_HUES.blue,
  not_applicable: CHART_HUES.grey,
};

/** "Not reported" is drawn as grey hatching with an outline, never as an empty bar. */
export const NOT_REPORTED_COLOUR = CHART_HUES.grey;

/**
 * The portal map's implementation levels (0–100) in four classes of one hue, light to dark, each
 * at 3:1 or more against the page: `[0, 25)`, `[25, 50)`, `[50, 75)`, `[75, 100]`. No published
 * data is grey hatching, never a class of the scale.
 */
export const LEVEL_COLOURS = ['#4A86B8', '#2E6A9E', '#1D5488', '#08306B'] as const;

/** The class (0–3) of a 0–100 level in LEVEL_COLOURS. */
export const levelClass = (percent: number): number =>
  Math.min(LEVEL_COLOURS.length - 1, Math.floor(percent / (100 / LEVEL_COLOURS.length)));

/** WCAG's relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two #RRGGBB colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
