import type { RenderedEmail } from './digest-email';
import { document, escapeHtml, link, paragraph } from './html';
import { messagesFor } from './messages';

export interface SignInFailuresInput {
  locale: string;
  recipientName: string;
  failures: number;
  /** Where the official signs in and changes the password. */
  appUrl: string;
}

/** The warning of repeated failed sign-ins: what happened, what the tracker does, what to do. */
export function renderSignInFailures(input: SignInFailuresInput): RenderedEmail {
  const m = messagesFor(input.locale);
  const lines = [
    m.signInFailuresIntro(input.recipientName, input.failures),
    m.signInFailuresWait,
    m.signInFailuresAdvice,
  ];
  const html =
    lines.map((line) => paragraph(line)).join('') +
    `<p style="font-size:14px">${link(input.appUrl, input.appUrl)}</p>` +
    `<hr style="border:none;border-top:1px solid #ddd;margin:20px 0 8px"><p style="font-size:12px;color:#666">${escapeHtml(m.footerAccount)}</p>`;
  const text = `${lines.join('\n\n')}\n\n${input.appUrl}\n\n--\n${m.footerAccount}\n`;
  return {
    subject: m.signInFailuresSubject,
    html: document(m.signInFailuresSubject, html, input.locale),
    text,
  };
}
