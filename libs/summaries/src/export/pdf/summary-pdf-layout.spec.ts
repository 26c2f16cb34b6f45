import { formatMessage, type Locale } from '@app/i18n';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IndicatorTotalView, SummaryView } from '../../summary-data';
import { pdfLayout, PdfPage, PdfTextItem } from '../testing/pdf-layout';
import { pdfFirstPagePng } from '../testing/pdf-page-png';
import { summaryFixture } from '../testing/summary.fixture';
import { PAGE_MARGINS, PaperSize, summaryPdf } from './summary-pdf';

const ARTIFACTS = resolve(__dirname, '../../../../../test/artifacts/summary-pdf');
const [LEFT, TOP, RIGHT, BOTTOM] = PAGE_MARGINS;

/** The fixture with enough rows to run over pages: 15 indicators, 30 follow-up lines. */
const long: SummaryView = {
  ...summaryFixture,
  indicators: Array.from({ length: 15 }, (_, n): IndicatorTotalView => ({
    ...summaryFixture.indicators[n % 2],
    code: `IND_${n}`,
    name: `Smuggled migrants placed in alternatives to detention, reported series ${n}`,
  })),
  treatyMismatches: Array.from({ length: 30 }, (_, n) => ({
    country: 'GTM',
    item: 'a1',
    answer: 'no',
    message: `Answer "no" contradicts the SOM treaty record: party since 2004-04-01 (case ${n})`,
  })),
};

const isFooter = (page: PdfPage, item: PdfTextItem) => item.top > page.height - BOTTOM;
const overlaps = (a: PdfTextItem, b: PdfTextItem) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

describe.each<[PaperSize, string]>([
  ['A4', 'en'],
  ['LETTER', 'es'],
  ['A4', 'fr'],
])('summaryPdf on %s in %s', (paper, language) => {
  let pdf: Buffer;
  let pages: PdfPage[];

  beforeAll(async () => {
    pdf = await summaryPdf(long, { language, paper, series: [] });
    pages = pdfLayout(pdf);
  });

  it('is the paper size asked for, over several pages', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(Math.round(pages[0].width)).toBe(paper === 'A4' ? 595 : 612);
  });

  it('keeps every line inside the margins, the footer in the bottom one', () => {
    for (const page of pages)
      for (const item of page.items) {
        expect(item.x).toBeGreaterThanOrEqual(LEFT - 0.5);
        expect(item.x + item.width).toBeLessThanOrEqual(page.width - RIGHT + 0.5);
        expect(item.bottom).toBeLessThanOrEqual(page.height);
        if (!isFooter(page, item)) expect(item.top).toBeGreaterThanOrEqual(TOP - 1);
      }
  });

  it('never draws text over other text (sections do not collide)', () => {
    for (const page of pages)
      page.items.forEach((a, i) =>
        page.items.slice(i + 1).forEach((b) => {
          if (overlaps(a, b)) throw new Error(`"${a.text}" overlaps "${b.text}"`);
        }),
      );
  });

  it('sets paragraphs over the full width, not squeezed into a narrow column', () => {
    const contentWidth = pages[0].width - LEFT - RIGHT;
    const lines = pages.flatMap((p) => p.items.filter((item) => !isFooter(p, item)));
    // Every run of prose (more than 12 words) is at least 60 % of the text width wide.
    const prose = lines.filter((item) => item.text.split(' ').length > 12);
    expect(prose.length).toBeGreaterThan(0);
    for (const line of prose) expect(line.width).toBeGreaterThan(0.6 * contentWidth);
  });

  it('puts the footer with source, cut-off and page number on every page', () => {
    pages.forEach((page, index) => {
      const footer = page.items.filter((item) => isFooter(page, item)).map((i) => i.text);
      expect(footer.join(' ')).toMatch(/GCM Objective 9 Tracker/);
      expect(footer.join(' ')).toContain(`${index + 1}`);
      expect(footer.join(' ')).toContain(`${pages.length}`);
    });
  });

  it('repeats a table’s header on each page it runs over', () => {
    const header = formatMessage(language as Locale, 'common.country');
    // The follow-up table's rows start with the country, in the first column.
    const isRow = (i: PdfTextItem) => i.text === 'GTM' && i.x === LEFT;
    const rowPages = pages.filter((p) => p.items.some(isRow));
    expect(rowPages.length).toBeGreaterThan(1);
    for (const page of rowPages) {
      const firstRow = page.items.find(isRow)!;
      const above = page.items.find((i) => i.text === header && i.x === firstRow.x);
      expect(above?.top).toBeLessThan(firstRow.top);
    }
  });

  it('leaves no heading alone at the bottom of a page', () => {
    for (const page of pages) {
      const body = page.items.filter((item) => !isFooter(page, item));
      const last = body.reduce((a, b) => (b.top > a.top ? b : a));
      expect(last.size).toBeLessThan(13);
    }
  });

  it('keeps a picture of page 1 for people to look at', async () => {
    const png = await pdfFirstPagePng(pdf);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `page-1-${paper.toLowerCase()}-${language}.png`), png);
  });
});
