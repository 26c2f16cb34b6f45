import { formatMessage, isLocale, type Locale, type MessageKey } from '@app/i18n';
import type { RenderedEmail } from './digest-email';
import { document, escapeHtml, link, paragraph } from './html';

export interface AccountLinkInput {
  kind: 'invitation' | 'password_reset';
  locale: string;
  timeZone: string;
  recipientName: string;
  /** The page with the token in its fragment: never sent to a server by the browser. */
  url: string;
  expiresAt: Date;
}

const WORDS = {
  invitation: {
    subject: 'email.invitationSubject',
    intro: 'email.invitationIntro',
    button: 'email.invitationButton',
  },
  password_reset: {
    subject: 'email.passwordResetSubject',
    intro: 'email.passwordResetIntro',
    button: 'email.passwordResetButton',
  },
} as const;

const footer = (language: Locale, lines: string[], html: string, subject: string) => {
  const note = formatMessage(language, 'email.footerAccount');
  return {
    html: `${html}<hr style="border:none;border-top:1px solid #ddd;margin:20px 0 8px"><p style="font-size:12px;color:#666">${escapeHtml(note)}</p>`,
    text: `${lines.join('\n\n')}\n\n--\n${note}\n`,
    subject,
  };
};

/** An invitation or a password-reset email: who it is for, the link, when the link ends. */
export function renderAccountLink(input: AccountLinkInput): RenderedEmail {
  const language: Locale = isLocale(input.locale) ? input.locale : 'en';
  const words = WORDS[input.kind];
  const expires = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    // 'long' time names the zone: officials of one deployment live in several.
    timeStyle: 'long',
    timeZone: input.timeZone,
  }).format(input.expiresAt);
  const subject = formatMessage(language, words.subject);
  const intro = formatMessage(language, words.intro, { name: input.recipientName });
  const expiry = formatMessage(language, 'email.linkExpires', { expires });
  const ignore =
    input.kind === 'password_reset' ? [formatMessage(language, 'email.passwordResetIgnore')] : [];
  const button = formatMessage(language, words.button);
  const html =
    paragraph(intro) +
    `<p style="font-size:16px">${link(input.url, button)}</p>` +
    [expiry, ...ignore].map((line) => paragraph(line)).join('');
  const rendered = footer(
    language,
    [intro, `${button}: ${input.url}`, expiry, ...ignore],
    html,
    subject,
  );
  return { ...rendered, html: document(subject, rendered.html, language) };
}

/** A security notice: subject, two lines and the page its owner acts on. */
function renderNotice(
  input: { locale: string; recipientName: string },
  keys: { subject: MessageKey; intro: MessageKey; advice: MessageKey },
  url: string,
): RenderedEmail {
  const language: Locale = isLocale(input.locale) ? input.locale : 'en';
  const subject = formatMessage(language, keys.subject);
  const lines = [
    formatMessage(language, keys.intro, { name: input.recipientName }),
    formatMessage(language, keys.advice),
  ];
  const html =
    lines.map((line) => paragraph(line)).join('') +
    `<p style="font-size:14px">${link(url, url)}</p>`;
  const rendered = footer(language, [...lines, url], html, subject);
  return { ...rendered, html: document(subject, rendered.html, language) };
}

/** The notice that an account's password changed, to catch a change its owner did not make. */
export const renderPasswordChanged = (input: {
  locale: string;
  recipientName: string;
  appUrl: string;
}): RenderedEmail =>
  renderNotice(
    input,
    {
      subject: 'email.passwordChangedSubject',
      intro: 'email.passwordChangedIntro',
      advice: 'email.passwordChangedAdvice',
    },
    `${input.appUrl}/forgot-password`,
  );

/** The notice that an admin reset the account's second factor: enrol again, or raise the alarm. */
export const renderTwoFactorReset = (input: {
  locale: string;
  recipientName: string;
  appUrl: string;
}): RenderedEmail =>
  renderNotice(
    input,
    {
      subject: 'email.twoFactorResetSubject',
      intro: 'email.twoFactorResetIntro',
      advice: 'email.twoFactorResetAdvice',
    },
    `${input.appUrl}/sign-in`,
  );
