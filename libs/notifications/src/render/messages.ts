import {
  formatDate,
  formatMessage,
  isLocale,
  type Locale,
  type MessageKey,
  type MessageValues,
} from '@app/i18n';

/**
 * The words of the tracker's emails in the recipient's language (English when it is not one of
 * the tracker's), from the catalogs the web app shares (libs/i18n, keys `email.*`).
 */
export function messagesFor(locale: string): EmailMessages {
  const language = isLocale(locale) ? locale : 'en';
  let messages = byLanguage.get(language);
  if (!messages) byLanguage.set(language, (messages = emailMessages(language)));
  return messages;
}

export type EmailMessages = ReturnType<typeof emailMessages>;
/** Made once per language: formatters and fixed texts are the same for every email. */
const byLanguage = new Map<Locale, EmailMessages>();

function emailMessages(language: Locale) {
  const t = (key: MessageKey, values?: MessageValues) => formatMessage(language, key, values);
  // Numbers as the reader writes them: "57,1 %" in Spanish and French, "57.1%" in English.
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const percent = new Intl.NumberFormat(language, { style: 'percent', ...oneDecimal });
  const decimal = new Intl.NumberFormat(language, oneDecimal);
  const signedDecimal = new Intl.NumberFormat(language, {
    signDisplay: 'exceptZero',
    ...oneDecimal,
  });
  return {
    /** A calendar day (or the day of an instant) as the reader writes dates. */
    date: (value: string) => formatDate(language, value),
    /** A share (0–1) as a percentage. */
    percent: (share: number) => percent.format(share),
    decimal: (value: number) => decimal.format(value),
    /** A change with its sign; a dash when there is nothing to compare with. */
    signed: (value: number | null, unit = '') =>
      value === null ? '–' : `${signedDecimal.format(value)}${unit}`,
    digestSubject: (frequency: 'weekly' | 'monthly', processes: string) =>
      t('email.digestSubject', { frequency, processes }),
    digestIntro: (name: string, since: string) => t('email.digestIntro', { name, since }),
    period: t('email.period'),
    completeness: t('email.completeness'),
    validatedReports: t('email.validatedReports'),
    areaScores: t('email.areaScores'),
    noData: t('summary.noData'),
    area: t('email.area'),
    score: t('email.score'),
    sinceLast: t('email.sinceLast'),
    newValidations: t('email.newValidations'),
    noNewValidations: t('email.noNewValidations'),
    overdueMembers: t('email.overdueMembers'),
    noOverdue: t('email.noOverdue'),
    protocolParties: (parties: number, members: number, asOf: string) =>
      t('email.protocolParties', { parties, members, asOf }),
    protocolPartiesAtLeast: (parties: number, members: number, completeAsOf: string) =>
      t('email.protocolPartiesAtLeast', { parties, members, completeAsOf }),
    protocolChange: (change: number) => t('email.protocolChange', { change }),
    unchangedSince: (completeness: string) => t('email.unchangedSince', { completeness }),
    notComputed: t('email.notComputed'),
    fullReport: t('email.fullReport'),
    action: t('email.action'),
    country: t('email.country'),
    validatedOn: t('email.validatedOn'),
    missingActions: t('email.missingActions'),
    unsubscribe: t('email.unsubscribe'),
    unsubscribeFrom: (process: string) => t('email.unsubscribeFrom', { process }),
    manage: t('email.manage'),
    footer: t('email.footer'),
    footerAccount: t('email.footerAccount'),
    dueSubject: (period: string, dueOn: string) => t('email.dueSubject', { period, dueOn }),
    dueIntro: (name: string, period: string, dueOn: string, days: number) =>
      t('email.dueIntro', { name, period, dueOn, days }),
    notSubmitted: t('email.notSubmitted'),
    overdueSubject: (period: string) => t('email.overdueSubject', { period }),
    overdueIntro: (name: string, period: string, dueOn: string) =>
      t('email.overdueIntro', { name, period, dueOn }),
    reviewSubject: (count: number) => t('email.reviewSubject', { count }),
    reviewIntro: (name: string, days: number) => t('email.reviewIntro', { name, days }),
    waitingSince: t('email.waitingSince'),
    signInFailuresSubject: t('email.signInFailuresSubject'),
    signInFailuresIntro: (name: string, failures: number) =>
      t('email.signInFailuresIntro', { name, failures }),
    signInFailuresWait: t('email.signInFailuresWait'),
    signInFailuresAdvice: t('email.signInFailuresAdvice'),
    indicatorValues: t('email.indicatorValues'),
    notificationRecord: (type: string, country: string, period: string, action: string) =>
      t('notification.record', { type, country, period, action }),
    notificationEvent: (kind: string, actor: string, record: string) =>
      t('notification.event', { kind, actor, record }),
    notificationComment: (comment: string) => t('notification.comment', { comment }),
    someone: t('notification.someone'),
    openComments: (count: number) => t('email.openComments', { count }),
    openComment: (kind: string, key: string | null, body: string) =>
      t('email.openComment', { part: t('comments.part', { kind, key: key ?? '' }), body }),
    workflowSubject: (kind: string, record: string) => t('email.workflowSubject', { kind, record }),
    workflowGreeting: (name: string) => t('email.workflowGreeting', { name }),
    workflowOpen: t('email.workflowOpen'),
    workflowBatchSubject: (count: number) => t('email.workflowBatchSubject', { count }),
    workflowBatchIntro: (name: string) => t('email.workflowBatchIntro', { name }),
    workflowFooter: t('email.workflowFooter'),
    workflowDigest: t('email.workflowDigest'),
    /** A record's state in a reminder's list (others are shown as they are). */
    state: {
      missing: t('email.state.missing'),
      draft: t('email.state.draft'),
      returned: t('email.state.returned'),
    } as Record<string, string>,
  };
}
