import { createHash } from 'node:crypto';
import PdfPrinter from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfmakeFonts } from '../../charts/chart-font';
import type { SummaryPointView, SummaryView } from '../../summary-data';
import { documentWords, DocumentWords } from './document-words';
import { keepHeadingsWithContent } from './pdf-blocks';
import { followUp, indicators, protocol } from './pdf-indicators';
import { actions, areas, overview, series, titleBlock } from './pdf-sections';

export const PAPER_SIZES = ['A4', 'LETTER'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface SummaryPdfOptions {
  /** en, es or fr; anything else is English. */
  language: string;
  paper: PaperSize;
  /** The process's summaries across periods, for the series chart (none: no chart). */
  series: SummaryPointView[];
}

/** Page margins in points (left, top, right, bottom); the footer sits in the bottom one. */
export const PAGE_MARGINS: [number, number, number, number] = [48, 48, 48, 56];
const PAPER_WIDTH: Record<PaperSize, number> = { A4: 595.28, LETTER: 612 };

let printer: PdfPrinter | undefined;
function pdfPrinter(): PdfPrinter {
  const font = (name: string) => Buffer.from(pdfmakeFonts()[name], 'base64');
  printer ??= new PdfPrinter({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  return printer;
}

/** Source and cut-off on every page, and the page number. */
function footer(s: SummaryView, w: DocumentWords) {
  const cutOff = s.newestChangeAt ?? w.none;
  return (page: number, pages: number): Content => ({
    columns: [
      { text: w.t('document.footer', { cutOff }), width: '*' },
      { text: w.t('document.page', { page, pages }), width: 80, alignment: 'right' },
    ],
    margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
    fontSize: 7.5,
    color: '#555555',
  });
}

/** The document: a title block, then each section; tables flow over pages with their headers. */
export function summaryPdfDefinition(
  s: SummaryView,
  options: SummaryPdfOptions,
): TDocumentDefinitions {
  const w = documentWords(options.language);
  const width = PAPER_WIDTH[options.paper] - PAGE_MARGINS[0] - PAGE_MARGINS[2];
  const hash = createHash('sha256').update(JSON.stringify(s)).digest('hex');
  return {
    pageSize: options.paper,
    pageMargins: PAGE_MARGINS,
    info: { title: `${s.process} ${s.period}: GCM Objective 9`, author: 'GCM Objective 9 Tracker' },
    language: w.locale,
    footer: footer(s, w),
    pageBreakBefore: keepHeadingsWithContent,
    content: [
      ...titleBlock(s, w, hash),
      ...overview(s, w),
      ...areas(s, w, width),
      ...series(s, options.series, w, width),
      ...actions(s, w),
      ...indicators(s, w),
      ...protocol(s, w),
      ...followUp(s, w),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 10] },
      meta: { fontSize: 8.5, margin: [0, 0, 0, 8] },
      heading: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      body: { margin: [0, 0, 0, 6] },
      note: { fontSize: 8, color: '#444444', margin: [0, 2, 0, 6] },
      table: { margin: [0, 2, 0, 8] },
      tableHeader: { bold: true, fontSize: 8 },
    },
  };
}

/** A printable report of the summary, for analysts who send it on as is. */
export function summaryPdf(s: SummaryView, options: SummaryPdfOptions): Promise<Buffer> {
  const doc = pdfPrinter().createPdfKitDocument(summaryPdfDefinition(s, options));
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
