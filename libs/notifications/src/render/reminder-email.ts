import type { RenderedEmail } from './digest-email';
import { document, escapeHtml, link, paragraph, table, textTable } from './html';
import { messagesFor } from './messages';

interface Common {
  locale: string;
  recipientName: string;
  /** Where the recipient acts on it (the tracker). */
  appUrl: string;
}

/** An action of a focal point's country not submitted yet, and where it stands. */
export interface UnsubmittedReport {
  country: string;
  countryName: string;
  /** `(d)` for action d. */
  action: string;
  /** draft, returned, or missing. */
  state: string;
}

/** A member still missing validated reports after the due date. */
export interface OverdueMember {
  country: string;
  countryName: string;
  /** The framework's actions without a validated report, in order. */
  missingActions: string[];
}

/** A submission waiting for a coordinator's review. */
export interface WaitingSubmission {
  country: string;
  countryName: string;
  period: string;
  /** `(d)` for a report on action d, or the name given for indicator values. */
  item: string;
  submittedAt: string;
}

export type ReminderEmailInput = Common &
  (
    | {
        kind: 'reminder_due';
        period: string;
        dueOn: string;
        daysLeft: number;
        /** Per country, the actions not submitted yet and where each stands. */
        missing: UnsubmittedReport[];
      }
    | { kind: 'reminder_overdue'; period: string; dueOn: string; overdue: OverdueMember[] }
    | { kind: 'reminder_review'; days: number; waiting: WaitingSubmission[] }
  );

/** A reminder as HTML and plain text: a sentence, the list, and a link to act on it. */
export function renderReminder(input: ReminderEmailInput): RenderedEmail {
  const m = messagesFor(input.locale);
  let subject: string;
  let intro: string;
  let headers: string[];
  let rows: string[][];
  switch (input.kind) {
    case 'reminder_due':
      subject = m.dueSubject(input.period, input.dueOn);
      intro = m.dueIntro(input.recipientName, input.period, input.dueOn, input.daysLeft);
      headers = [m.country, m.action, m.notSubmitted];
      rows = input.missing.map((r) => [
        `${r.countryName} (${r.country})`,
        r.action,
        m.state[r.state] ?? r.state,
      ]);
      break;
    case 'reminder_overdue':
      subject = m.overdueSubject(input.period);
      intro = m.overdueIntro(input.recipientName, input.period, input.dueOn);
      headers = [m.country, m.missingActions];
      rows = input.overdue.map((r) => [
        `${r.countryName} (${r.country})`,
        r.missingActions.join(', '),
      ]);
      break;
    case 'reminder_review':
      subject = m.reviewSubject(input.waiting.length);
      intro = m.reviewIntro(input.recipientName, input.days);
      headers = [m.country, m.period, m.action, m.waitingSince];
      rows = input.waiting.map((r) => [
        `${r.countryName} (${r.country})`,
        r.period,
        r.item,
        m.date(r.submittedAt),
      ]);
      break;
  }
  const html =
    paragraph(intro) +
    table(headers, rows) +
    `<p style="font-size:14px">${link(input.appUrl, input.appUrl)}</p>` +
    `<hr style="border:none;border-top:1px solid #ddd;margin:20px 0 8px"><p style="font-size:12px;color:#666">${escapeHtml(m.footer)}</p>`;
  const text = `${intro}\n\n${textTable(headers, rows)}\n\n${input.appUrl}\n\n--\n${m.footer}\n`;
  return { subject, html: document(subject, html, input.locale), text };
}
