import { AppConfig } from '@app/config';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { DeliveryStatus, EmailKind } from '../entities';
import { InjectMailTransport } from './mail-transport';

export interface OutgoingEmail {
  /** Recipient, kind, subject period and schedule window: the same email always has the same key. */
  key: string;
  kind: EmailKind;
  userId: string | null;
  to: string;
  window: string;
  subject: string;
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

export interface DeliveryView {
  id: string;
  idempotencyKey: string;
  kind: EmailKind;
  recipient: string;
  subject: string;
  window: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
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
    // Record and claim in one statement: a new key is inserted as being sent; a known one is
    // claimed only if it is not sent and no live sender holds it. The attempt number fences the
    // claim: only this sender's updates below can land.
    const claimed: Array<{ attempt: number }> = await this.dataSource.query(
      `INSERT INTO email_delivery (idempotency_key, kind, user_id, recipient, subject, "window", status, attempts, lease_until)
       VALUES ($1, $2, $3, $4, $5, $6, 'sending', 1, now() + make_interval(secs => $7))
       ON CONFLICT (idempotency_key) DO UPDATE
          SET status = 'sending', lease_until = EXCLUDED.lease_until, attempts = email_delivery.attempts + 1,
              recipient = EXCLUDED.recipient, subject = EXCLUDED.subject, updated_at = now()
        WHERE email_delivery.status IN ('pending', 'failed')
           OR (email_delivery.status = 'sending' AND email_delivery.lease_until < now())
       RETURNING attempts AS attempt`,
      [email.key, email.kind, email.userId, email.to, email.subject, email.window, LEASE_SECONDS],
    );
    if (claimed.length === 0) {
      const [row] = await this.dataSource.query(
        `SELECT status FROM email_delivery WHERE idempotency_key = $1`,
        [email.key],
      );
      if (row?.status === 'sent') return 'already-sent';
      // Another sender holds it: it may have died. Retry later (with backoff) rather than
      // finish, so the email is sent once that claim runs out if no one sent it.
      throw new DeliveryInFlight(email.key);
    }
    const { attempt } = claimed[0];
    let messageId: string | null;
    try {
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
      messageId = info.messageId ?? null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.dataSource.query(
        `UPDATE email_delivery SET status = 'failed', last_error = $3, lease_until = NULL, updated_at = now()
          WHERE idempotency_key = $1 AND status = 'sending' AND attempts = $2`,
        [email.key, attempt, message.slice(0, ERROR_KEPT)],
      );
      this.logger.warn({ key: email.key, err: error }, 'email not sent; the job will retry');
      throw error;
    }
    // Sent: from here on it must never be sent again, so recording it is retried, never failed.
    await this.recordSent(email, attempt, messageId);
    return 'sent';
  }

  private async recordSent(
    email: OutgoingEmail,
    attempt: number,
    messageId: string | null,
  ): Promise<void> {
    for (let tries = 1; ; tries += 1) {
      try {
        await this.dataSource.query(
          `UPDATE email_delivery SET status = 'sent', sent_at = now(), message_id = $3, last_error = NULL,
                  lease_until = NULL, content = $4::jsonb, updated_at = now()
            WHERE idempotency_key = $1 AND attempts = $2`,
          [email.key, attempt, messageId, email.content ? JSON.stringify(email.content) : null],
        );
        return;
      } catch (error) {
        if (tries >= RECORD_TRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * tries));
      }
    }
  }

  async list(filter: {
    status?: DeliveryStatus;
    kind?: EmailKind;
    recipient?: string;
    page: number;
    pageSize: number;
  }): Promise<{ items: DeliveryView[]; total: number; page: number; pageSize: number }> {
    const params = [
      filter.status ?? null,
      filter.kind ?? null,
      filter.recipient?.toLowerCase() ?? null,
    ];
    const where = `WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2)
                     AND ($3::text IS NULL OR lower(recipient) = $3)`;
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM email_delivery ${where}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT id, idempotency_key AS "idempotencyKey", kind, recipient, subject, "window", status, attempts,
              last_error AS "lastError", message_id AS "messageId", created_at AS "createdAt", sent_at AS "sentAt"
         FROM email_delivery ${where} ORDER BY id DESC LIMIT $4 OFFSET $5`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    return {
      items: rows.map((row: DeliveryView & { createdAt: Date; sentAt: Date | null }) => ({
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
