import type { DigestSection } from '../domain/digest';
import { document, escapeHtml, heading, link, paragraph, table, textTable } from './html';
import { messagesFor } from './messages';
import { workflowBlocks, type WorkflowLine } from './workflow-email';

export interface DigestEmailInput {
  locale: string;
  recipientName: string;
  frequency: 'weekly' | 'monthly';
  /** The day the changes are counted from (YYYY-MM-DD). */
  since: string;
  sections: DigestSection[];
  summaryUrl: (process: string, period: string) => string;
  unsubscribeUrl: string;
  unsubscribeProcessUrl: (process: string) => string;
  manageUrl: string;
  /** The Content-ID of the section's inline chart, or null when it has none. */
  chartCid: (section: DigestSection) => string | null;
  /** Workflow notifications the subscriber chose to get in the digest (none: no section). */
  workflow?: WorkflowLine[];
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

type Messages = ReturnType<typeof messagesFor>;
type SectionFigures = NonNullable<DigestSection['summary']>;

/** The email being written: its HTML blocks and its text lines. */
interface Parts {
  html: string[];
  text: string[];
}

/** Completeness, reports and Protocol parties; the area scores with their chart; overdue members. */
function figures(parts: Parts, summary: SectionFigures, cid: string | null, m: Messages): void {
  const { html, text } = parts;
  const completeness = `${m.percent(summary.completeness)}${summary.completenessChange === null ? '' : ` (${m.signed(summary.completenessChange * 100, ' pts')})`}`;
  const overview = [
    [m.completeness, completeness],
    [m.validatedReports, `${summary.validatedReports} / ${summary.expectedReports}`],
    [
      summary.protocol.partiesAtLeast
        ? m.protocolPartiesAtLeast(
            summary.protocol.parties,
            summary.members,
            summary.protocol.completeAsOf,
          )
        : m.protocolParties(summary.protocol.parties, summary.members, summary.protocol.asOf),
      summary.protocol.change === null ? '' : m.protocolChange(summary.protocol.change),
    ],
  ];
  html.push(table([], overview));
  text.push(...overview.map((row) => row.filter(Boolean).join(': ')), '');

  const areaRows = summary.areas.map((a) => [
    `${a.code}. ${a.name}`,
    a.scorePercent === null ? m.noData : m.decimal(a.scorePercent),
    m.signed(a.change),
  ]);
  html.push(heading(m.areaScores, 3));
  if (cid)
    html.push(
      `<img src="cid:${escapeHtml(cid)}" alt="${escapeHtml(m.areaScores)}" width="480" style="display:block;max-width:100%;height:auto;margin:4px 0">`,
    );
  html.push(table([m.area, m.score, m.sinceLast], areaRows));
  text.push(m.areaScores, textTable([m.area, m.score, m.sinceLast], areaRows), '');

  html.push(heading(m.overdueMembers, 3));
  text.push(m.overdueMembers);
  if (summary.overdue.length === 0) {
    html.push(paragraph(m.noOverdue));
    text.push(m.noOverdue, '');
  } else {
    const rows = summary.overdue.map((o) => [o.country, o.missingActions.join(', ')]);
    html.push(table([m.country, m.missingActions], rows));
    text.push(textTable([m.country, m.missingActions], rows), '');
  }
}

function newValidations(parts: Parts, section: DigestSection, m: Messages): void {
  const { html, text } = parts;
  html.push(heading(m.newValidations, 3));
  text.push(m.newValidations);
  if (section.newValidations.length === 0) {
    html.push(paragraph(m.noNewValidations));
    text.push(m.noNewValidations, '');
    return;
  }
  const rows = section.newValidations.map((v) => [
    `${v.countryName} (${v.country})`,
    `(${v.action})`,
    m.date(v.validatedAt),
  ]);
  html.push(table([m.country, m.action, m.validatedOn], rows));
  text.push(textTable([m.country, m.action, m.validatedOn], rows), '');
}

/** One process and period: its figures, its new validations, and its links. */
function section(parts: Parts, section: DigestSection, input: DigestEmailInput, m: Messages): void {
  const { html, text } = parts;
  const title = `${section.processName} (${section.process}) — ${m.period} ${section.period}`;
  const url = input.summaryUrl(section.process, section.period);
  const unsubscribeUrl = input.unsubscribeProcessUrl(section.process);
  html.push(heading(title));
  text.push(title, '='.repeat(Math.min(title.length, 72)));
  if (section.unchanged && section.summary) {
    const line = m.unchangedSince(m.percent(section.summary.completeness));
    html.push(paragraph(line));
    text.push(line, '');
  } else if (section.summary) figures(parts, section.summary, input.chartCid(section), m);
  else {
    html.push(paragraph(m.notComputed));
    text.push(m.notComputed, '');
  }
  if (!section.unchanged) newValidations(parts, section, m);
  html.push(
    `<p style="margin:8px 0 2px;font-size:14px">${escapeHtml(m.fullReport)}: ${link(url, url)}</p>`,
  );
  html.push(
    `<p style="margin:0 0 12px;font-size:12px">${link(unsubscribeUrl, m.unsubscribeFrom(section.process))}</p>`,
  );
  text.push(
    `${m.fullReport}: ${url}`,
    `${m.unsubscribeFrom(section.process)}: ${unsubscribeUrl}`,
    '',
  );
}

/** A digest as HTML (tables, inline styles, an inline chart per section) and as plain text. */
export function renderDigest(input: DigestEmailInput): RenderedEmail {
  const m = messagesFor(input.locale);
  const processes = [...new Set(input.sections.map((s) => s.process))].join(', ');
  const subject = m.digestSubject(input.frequency, processes);
  const intro = m.digestIntro(input.recipientName, input.since);
  const parts: Parts = { html: [paragraph(intro)], text: [intro, ''] };
  for (const digestSection of input.sections) section(parts, digestSection, input, m);
  if (input.workflow?.length) {
    const blocks = workflowBlocks(input.workflow, m);
    parts.html.push(heading(m.workflowDigest), blocks.html);
    parts.text.push(m.workflowDigest, '='.repeat(m.workflowDigest.length), blocks.text, '');
  }
  parts.html.push(
    `<hr style="border:none;border-top:1px solid #ddd;margin:20px 0 8px"><p style="font-size:12px;color:#666;line-height:1.4">${escapeHtml(m.footer)}<br>${link(input.manageUrl, m.manage)} · ${link(input.unsubscribeUrl, m.unsubscribe)}</p>`,
  );
  parts.text.push(
    '--',
    m.footer,
    `${m.manage}: ${input.manageUrl}`,
    `${m.unsubscribe}: ${input.unsubscribeUrl}`,
  );
  return {
    subject,
    html: document(subject, parts.html.join(''), input.locale),
    text: `${parts.text.join('\n')}\n`,
  };
}
