import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process: collects every message, parsed, and can refuse mail. */
export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** Refuse the next `count` messages with a temporary failure (451). */
  refuseNext(count: number): void;
  /** Messages addressed to this recipient. */
  to(address: string): ParsedMail[];
  /** Goes away: open connections dropped, new ones refused. */
  stop(): Promise<void>;
  /** Comes back on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let refusals = 0;
  const makeServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      // Stopping drops clients at once instead of waiting for them to quit.
      closeTimeout: 50,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (refusals > 0) {
            refusals -= 1;
            const error = Object.assign(new Error('Mailbox temporarily unavailable'), {
              responseCode: 451,
            });
            return callback(error);
          }
          // Keep cid: links as sent, so tests see how the HTML refers to its inline images.
          simpleParser(Buffer.concat(chunks), { keepCidLinks: true })
            .then((mail) => {
              messages.push(mail);
              callback();
            })
            .catch(callback);
        });
      },
    });
  let server = makeServer();
  let running = false;
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      server.listen(port, '127.0.0.1', () => {
        running = true;
        resolve((server.server.address() as AddressInfo).port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!running) return resolve();
      running = false;
      server.close(() => resolve());
    });
  const port = await listen(0);
  const addressesOf = (mail: ParsedMail) =>
    [mail.to]
      .flat()
      .flatMap((to) => to?.value ?? [])
      .map((a) => a.address?.toLowerCase());
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext(count) {
      refusals = count;
    },
    to: (address) => messages.filter((mail) => addressesOf(mail).includes(address.toLowerCase())),
    stop,
    start: async () => {
      if (running) return;
      server = makeServer();
      await listen(port);
    },
    close: stop,
  };
}
