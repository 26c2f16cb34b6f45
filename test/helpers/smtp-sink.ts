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
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
