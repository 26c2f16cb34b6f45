import { AppConfig } from '@app/config';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
export const InjectMailTransport = () => Inject(MAIL_TRANSPORT);

/** SMTP_URL as nodemailer options: smtp:// (STARTTLS when offered) or smtps://, user:pass@ optional. */
export function smtpOptions(smtpUrl: string, maxConnections: number) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 25,
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // Pooled: a few long-lived connections, each sending many messages, at most this many at once.
    pool: true,
    maxConnections,
    maxMessages: 500,
    connectionTimeout: 10000,
    greetingTimeout: 10000,
    socketTimeout: 30000,
  };
}

export const mailTransportProvider = {
  provide: MAIL_TRANSPORT,
  inject: [AppConfig],
  useFactory: (config: AppConfig): Transporter =>
    createTransport(smtpOptions(config.mail.smtpUrl, config.mail.maxConnections)),
};

@Injectable()
export class MailTransportLifecycle implements OnApplicationShutdown {
  constructor(@InjectMailTransport() private readonly transport: Transporter) {}

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
