import { AppConfig } from '@app/config';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import {
  claimDelivery,
  countDeliveries,
  DeliveryClaim,
  DeliveryFilter,
  DeliveryRow,
  deliveryStatus,
  listDeliveries,
  markDeliveryFailed,
  markDeliverySent,
} from './email-delivery.queries';
import { InjectMailTransport } from './mail-transport';

export interface OutgoingEmail extends DeliveryClaim {
  html: string;
  text: string;
  attachments?: Array<{ filename: string; content: Buffer; cid: string; contentType: string }>;
  headers?: Record<string, string>;
  /** What the email reported, kept with the delivery record. */
  content?: Record<string, unknown>;
}

export type DeliveryOutcome = 'sent' | 'already-sent';

/** How long a sender holds an email it is sending; a crashed sender's claim runs out. */
const LEASE_SECONDS = 60;
/** Recording a sent email is tried this many times before the job gives up. */
const RECORD_TRIES = 5;

/** Another sender holds the email (or held it and died): the job retries until that runs out. */
export class DeliveryInFlight extends Error {
  constructor(key: string) {
    super(`Email ${key} is being sent by another job; retrying once its claim runs out`);
  }
}
const ERROR_KEPT = 1000;

export interface DeliveryView extends Omit<DeliveryRow, 'createdAt' | 'sentAt'> {
  createdAt: string;
  sentAt: string | null;
}

/**
 * Sends email exactly once per idempotency key. The delivery row is written before sending and
 * claimed with a lease, so a retried or duplicated job finds it: sent → nothing to do; being
 * sent by another job → leave it; failed → send again. A failure is recorded with its error and
 * thrown, for the job to be retried with backoff.
 */
@Injectable()
export class EmailDeliveries {
  private readonly logger = new Logger(EmailDeliveries.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectMailTransport() private readonly transport: Transporter,
    private readonly config: AppConfig,
  ) {}

  async deliver(email: OutgoingEmail): Promise<DeliveryOutcome> {
    const db = this.dataSource.manager;
    const attempt = await claimDelivery(db, email, LEASE_SECONDS);
    if (attempt === undefined) {
      if ((await deliveryStatus(db, email.key)) === 'sent') return 'already-sent';
      // Another sender holds it: it may have died. Retry later (with backoff) rather than
      // finish, so the email is sent once that claim runs out if no one sent it.
      throw new DeliveryInFlight(email.key);
    }
    let messageId: string | null;
    try {
      messageId = await this.send(email);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await markDeliveryFailed(db, email.key, attempt, message.slice(0, ERROR_KEPT));
      this.logger.warn({ key: email.key, err: error }, 'email not sent; the job will retry');
      throw error;
    }
    // Sent: from here on it must never be sent again, so recording it is retried, never failed.
    await this.recordSent(email, attempt, messageId);
    return 'sent';
  }

  private async send(email: OutgoingEmail): Promise<string | null> {
    const info = await this.transport.sendMail({
      from: this.config.mail.from,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: email.attachments,
      headers: email.headers,
      // The same key always gets the same Message-ID, so a mail system can spot a repeat.
      messageId: `<${createHash('sha256').update(email.key).digest('hex').slice(0, 32)}@gcm9.tracker>`,
    });
    return info.messageId ?? null;
  }

  private async recordSent(
    email: OutgoingEmail,
    attempt: number,
    messageId: string | null,
  ): Promise<void> {
    for (let tries = 1; ; tries += 1) {
      try {
        await markDeliverySent(this.dataSource.manager, email.key, attempt, {
          messageId,
          content: email.content,
        });
        return;
      } catch (error) {
        if (tries >= RECORD_TRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * tries));
      }
    }
  }

  async list(
    filter: DeliveryFilter,
  ): Promise<{ items: DeliveryView[]; total: number; page: number; pageSize: number }> {
    const db = this.dataSource.manager;
    const total = await countDeliveries(db, filter);
    const rows = await listDeliveries(db, filter);
    return {
      items: rows.map((row) => ({
        ...row,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
      })),
      total,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }
}
