import PDFDocument from 'pdfkit';
import type { SummaryView } from '../summary-data';

const BAR_COLOURS = ['#1f5f8b', '#2a9d8f', '#e9c46a', '#e76f51'];

/** A bar chart of the four Work Plan area scores (0–100), drawn as vectors. */
function areaChart(
  doc: PDFKit.PDFDocument,
  summary: SummaryView,
  x: number,
  y: number,
  width: number,
): number {
  const rowHeight = 26;
  const labelWidth = 210;
  const barWidth = width - labelWidth - 50;
  doc.fontSize(11).fillColor('#000').text('Work Plan area scores (0–100)', x, y);
  let top = y + 20;
  summary.areas.forEach((area, index) => {
    doc
      .fontSize(8.5)
      .fillColor('#222')
      .text(`${area.code}. ${area.nameEn}`, x, top + 4, { width: labelWidth - 8 });
    doc
      .rect(x + labelWidth, top, barWidth, 16)
      .fillColor('#eeeeee')
      .fill();
    const value = area.scorePercent ?? 0;
    if (area.scorePercent !== null)
      doc
        .rect(x + labelWidth, top, (barWidth * value) / 100, 16)
        .fillColor(BAR_COLOURS[index % 4])
        .fill();
    doc
      .fillColor('#000')
      .fontSize(9)
      .text(
        area.scorePercent === null ? 'no data' : value.toFixed(1),
        x + labelWidth + barWidth + 6,
        top + 4,
      );
    top += rowHeight;
  });
  return top + 8;
}

function table(
  doc: PDFKit.PDFDocument,
  headers: string[],
  rows: Array<Array<string | number | null>>,
  widths: number[],
): void {
  const x = doc.page.margins.left;
  const line = (cells: Array<string | number | null>, bold: boolean) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    const y = doc.y;
    let left = x;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const heights = cells.map((cell, i) =>
      doc.heightOfString(cell === null ? '–' : String(cell), { width: widths[i] - 4 }),
    );
    cells.forEach((cell, i) => {
      doc.text(cell === null ? '–' : String(cell), left, y, { width: widths[i] - 4 });
      left += widths[i];
    });
    doc.y = y + Math.max(...heights) + 3;
  };
  line(headers, true);
  rows.forEach((row) => line(row, false));
  doc.font('Helvetica').moveDown(0.5);
}

/** The title, the period and what the figures include. */
function title(doc: PDFKit.PDFDocument, summary: SummaryView): void {
  doc.fontSize(16).text(`${summary.processName}`, { continued: false });
  doc
    .fontSize(12)
    .text(`GCM Objective 9 — smuggling of migrants — reporting period ${summary.period}`);
  doc
    .fontSize(8.5)
    .fillColor('#555')
    .text(
      `Generated ${summary.generatedAt}; includes changes up to ${summary.newestChangeAt ?? '—'}. Only validated reports count.`,
    );
  doc.fillColor('#000').moveDown();
}

/** The headline figures in one row. */
function overview(doc: PDFKit.PDFDocument, summary: SummaryView): void {
  table(
    doc,
    [
      'Members',
      'Reported',
      'Validated reports',
      'Completeness',
      'Timeliness',
      'Awaiting validation',
      'Protocol parties',
    ],
    [
      [
        summary.members,
        summary.membersReported,
        `${summary.validatedReports} / ${summary.expectedReports}`,
        `${(summary.completeness * 100).toFixed(1)} %`,
        `${(summary.timeliness * 100).toFixed(1)} %`,
        summary.notValidated.submitted,
        summary.protocol.parties,
      ],
    ],
    [60, 60, 80, 75, 70, 80, 75],
  );
}

function actions(doc: PDFKit.PDFDocument, summary: SummaryView): void {
  doc.fontSize(11).text('Actions', doc.page.margins.left);
  table(
    doc,
    [
      'Action',
      'Reports',
      'Mean (0–4)',
      'Implemented',
      'Partially',
      'In progress',
      'Planned',
      'Not started',
      'N/A',
      'No report',
    ],
    summary.actions.map((a) => [
      `(${a.code})`,
      a.reports,
      a.meanScore,
      a.statusCounts.implemented,
      a.statusCounts.partially_implemented,
      a.statusCounts.in_progress,
      a.statusCounts.planned,
      a.statusCounts.not_started,
      a.statusCounts.not_applicable,
      a.statusCounts.not_reported,
    ]),
    [45, 45, 55, 60, 50, 55, 45, 55, 35, 50],
  );
}

function indicators(doc: PDFKit.PDFDocument, summary: SummaryView): void {
  doc.fontSize(11).text('Indicators (validated values, all members)');
  table(
    doc,
    ['Indicator', 'Members', 'Total', 'Female', 'Male', 'Child', 'Adult', 'Previous', 'Change'],
    summary.indicators.map((i) => [
      i.name,
      i.reportingMembers,
      i.total,
      i.bySex?.female ?? null,
      i.bySex?.male ?? null,
      i.byAge?.child ?? null,
      i.byAge?.adult ?? null,
      i.previousTotal,
      i.change,
    ]),
    [170, 45, 45, 38, 38, 38, 38, 45, 42],
  );
}

/** The Protocol's parties among the members, then what needs following up. */
function protocolAndFollowUp(doc: PDFKit.PDFDocument, summary: SummaryView): void {
  doc.fontSize(11).text('Protocol against the Smuggling of Migrants');
  doc
    .fontSize(8.5)
    .text(
      `Parties among members as of ${summary.protocol.asOf}: ${summary.protocol.parties} (change since the previous period: ${summary.protocol.change ?? '—'}); signatories not yet parties: ${summary.protocol.signatoriesNotParties}. ${summary.protocol.gap}`,
    );
  doc.moveDown();
  if (summary.notReported.length || summary.overdue.length || summary.treatyMismatches.length) {
    doc.fontSize(11).text('Follow-up');
    doc.fontSize(8.5);
    if (summary.notReported.length) doc.text(`Not reported: ${summary.notReported.join(', ')}`);
    summary.overdue.forEach((o) =>
      doc.text(`Overdue: ${o.country} — missing ${o.missingActions.join(', ')}`),
    );
    summary.treatyMismatches.forEach((m) => doc.text(`${m.country} ${m.item}: ${m.message}`));
  }
}

/** A printable report of the summary, for analysts who send it on. */
export function summaryPdf(summary: SummaryView): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: {
      Title: `${summary.process} ${summary.period} — GCM Objective 9`,
      Author: 'GCM Objective 9 Tracker',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  title(doc, summary);
  overview(doc, summary);
  doc.y = areaChart(
    doc,
    summary,
    doc.page.margins.left,
    doc.y + 6,
    doc.page.width - doc.page.margins.left - doc.page.margins.right,
  );
  actions(doc, summary);
  indicators(doc, summary);
  protocolAndFollowUp(doc, summary);
  doc.end();
  return done;
}
