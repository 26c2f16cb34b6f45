import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from './chart-font';

/** An SVG chart as a PNG at `scale` pixels per SVG unit (2 by default: sharp on dense screens). */
export function chartPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
