import { areaChartSvg } from './area-chart-svg';
import { textWidth } from './chart-font';
import { chartPng } from './chart-png';
import { seriesChartSvg } from './series-chart-svg';
import { svgDocument, svgText } from './svg';

const AREAS = [
  { code: 3, label: 'Administrative detention and alternatives', scorePercent: null },
  {
    code: 4,
    label: 'Protección: prevención, información, asistencia y soluciones migratorias',
    scorePercent: 62.5,
    previousPercent: 50,
  },
];

/** The texts of an SVG, with their x positions, unescaped. */
function texts(svg: string): Array<{ x: number; text: string }> {
  return [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    text: m[2].replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))),
  }));
}

describe('areaChartSvg', () => {
  const width = 320;
  const svg = areaChartSvg(AREAS, { title: 'Area scores', noData: 'sin datos' }, width);
  const lines = texts(svg);

  it('writes every label in full, wrapped over lines inside the chart, never cut', () => {
    const joined = lines.map((l) => l.text).join(' ');
    for (const area of AREAS) expect(joined).toContain(area.label);
    const long = lines.filter((l) => AREAS[1].label.includes(l.text) && l.text.length > 3);
    expect(long.length).toBeGreaterThan(1);
    const labelLines = lines.filter((l) => AREAS.some((a) => a.label.includes(l.text)));
    for (const line of labelLines)
      expect(line.x + textWidth(line.text, 12)).toBeLessThanOrEqual(width);
    expect(svg).not.toMatch(/ALTERNA\./);
  });

  it('says no data in the reader’s words for a bar without a score, and the score otherwise', () => {
    expect(lines.map((l) => l.text)).toEqual(expect.arrayContaining(['sin datos', '62.5']));
    expect(lines.map((l) => l.text)).not.toContain('0.0');
  });

  it('renders to a PNG with the font shipped in the package, at twice the SVG size', () => {
    const png = chartPng(svg);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    // Text draws ink only when the font loaded: the same picture without its text differs.
    const withText = chartPng(svgDocument(100, 30, [svgText('Área', 4, 20, { size: 14 })], 't'));
    const blank = chartPng(svgDocument(100, 30, [], 't'));
    expect(withText.equals(blank)).toBe(false);
  });
});

describe('seriesChartSvg', () => {
  it('names every area in full in the legend and breaks a line where a period has no data', () => {
    const series = AREAS.map((a) => ({ code: a.code, label: a.label, values: [40, null, 55] }));
    const svg = seriesChartSvg(['2023', '2024', '2025'], series, 'Areas', 300);
    const joined = texts(svg)
      .map((l) => l.text)
      .join(' ');
    for (const area of AREAS) expect(joined).toContain(`${area.code}. ${area.label}`);
    expect(svg.match(/<path /g)).toBeNull(); // no two consecutive points: no line drawn across the gap
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });
});
