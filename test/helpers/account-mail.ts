import type { ParsedMail } from 'mailparser';
import { SmtpSink, startSmtpSink } from './smtp-sink';
import { startTestApp, TestApp } from './test-app';
import { startTestWorker } from './test-worker';
import { eventually } from './eventually';

/** Waits until `count` emails have reached this address; returns them, oldest first. */
export function mailsTo(sink: SmtpSink, address: string, count = 1): Promise<ParsedMail[]> {
  return eventually(async () => (sink.to(address).length >= count ? sink.to(address) : undefined));
}

/** The token of the link to `page` in an email (the part after #token=). */
export function linkTokenIn(mail: ParsedMail, baseUrl: string, page: string): string {
  const escaped = `${baseUrl}/${page}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}#token=([A-Za-z0-9_-]{43})`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${page} link in the email "${mail.subject}"`);
  return match[1];
}

/** The same token with one character changed: well-formed, but never issued. */
export const tampered = (token: string) =>
  token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);

/** The API and the worker that sends its emails, delivering to an SMTP sink of their own. */
export interface MailingApp {
  sink: SmtpSink;
  api: TestApp;
  close(): Promise<void>;
}

/** Starts a sink, the API (outbox polled every 50 ms, as account emails wait on it) and a worker. */
export async function startMailingApp(env: Record<string, string> = {}): Promise<MailingApp> {
  const sink = await startSmtpSink();
  const api = await startTestApp({ SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', ...env });
  const worker = await startTestWorker(api.config);
  return {
    sink,
    api,
    async close() {
      await worker.close();
      await api.close();
      await sink.close();
    },
  };
}
