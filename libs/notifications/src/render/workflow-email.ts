import type { NotificationKind } from '../entities';
import type { RenderedEmail } from './digest-email';
import { document, escapeHtml, link, paragraph } from './html';
import { messagesFor } from './messages';

/** One notification as an email line: what happened, the note, and where to open the record. */
export interface WorkflowLine {
  kind: NotificationKind;
  recordType: 'report' | 'indicator_set';
  countryName: string;
  period: string;
  action: string | null;
  actorName: string | null;
  comment: string | null;
  /** A return's comments on parts of the record still to answer. */
  openComments?: { partKind: string; partKey: string | null; body: string }[];
  url: string;
}

type Messages = ReturnType<typeof messagesFor>;

const recordOf = (line: WorkflowLine, m: Messages) =>
  m.notificationRecord(line.recordType, line.countryName, line.period, line.action ?? '');

/** The event in a sentence, its comment when it has one, and the comments on parts to answer. */
export function workflowSentences(line: WorkflowLine, m: Messages): string[] {
  const event = m.notificationEvent(line.kind, line.actorName ?? m.someone, recordOf(line, m));
  const sentences = line.comment ? [event, m.notificationComment(line.comment)] : [event];
  const open = line.openComments ?? [];
  if (open.length === 0) return sentences;
  return [
    ...sentences,
    m.openComments(open.length),
    ...open.map((thread) => m.openComment(thread.partKind, thread.partKey, thread.body)),
  ];
}

/** The lines as HTML paragraphs and plain text, each with its link. */
export function workflowBlocks(lines: WorkflowLine[], m: Messages): { html: string; text: string } {
  const html = lines.map(
    (line) =>
      workflowSentences(line, m)
        .map((sentence) => paragraph(sentence))
        .join('') +
      `<p style="margin:0 0 14px;font-size:14px">${link(line.url, m.workflowOpen)}</p>`,
  );
  const text = lines.map((line) => [...workflowSentences(line, m), line.url].join('\n'));
  return { html: html.join(''), text: text.join('\n\n') };
}

function workflowEmail(
  subject: string,
  greeting: string,
  lines: WorkflowLine[],
  input: { locale: string; manageUrl: string },
): RenderedEmail {
  const m = messagesFor(input.locale);
  const blocks = workflowBlocks(lines, m);
  const footer = `${m.workflowFooter} ${input.manageUrl}`;
  const html =
    paragraph(greeting) +
    blocks.html +
    `<hr style="border:none;border-top:1px solid #ddd;margin:20px 0 8px"><p style="font-size:12px;color:#666">${escapeHtml(m.workflowFooter)} ${link(input.manageUrl, m.manage)}</p>`;
  return {
    subject,
    html: document(subject, html, input.locale),
    text: `${greeting}\n\n${blocks.text}\n\n--\n${footer}\n`,
  };
}

/** A focal point's email of one review outcome. */
export function renderWorkflowNotice(
  line: WorkflowLine,
  input: { locale: string; recipientName: string; manageUrl: string },
): RenderedEmail {
  const m = messagesFor(input.locale);
  const subject = m.workflowSubject(line.kind, recordOf(line, m));
  return workflowEmail(subject, m.workflowGreeting(input.recipientName), [line], input);
}

/** A coordinator's email of the submissions of one batch window. */
export function renderWorkflowBatch(
  lines: WorkflowLine[],
  input: { locale: string; recipientName: string; manageUrl: string },
): RenderedEmail {
  const m = messagesFor(input.locale);
  const subject = m.workflowBatchSubject(lines.length);
  return workflowEmail(subject, m.workflowBatchIntro(input.recipientName), lines, input);
}
