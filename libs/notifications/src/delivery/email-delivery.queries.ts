import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { DeliveryStatus, EmailKind } from '../entities';

/** An email's delivery record as it is claimed: the key and what is being sent. */
export interface DeliveryClaim {
  /** Recipient, kind, subject period and schedule window: the same email always has the same key. */
  key: string;
  kind: EmailKind;
  userId: string | null;
  to: string;
  subject: string;
  window: string;
}

/**
 * Records and claims an email in one statement: a new key is inserted as being sent; a known one
 * is claimed only if it is not sent and no live sender holds it. Returns the attempt number that
 * fences the claim, or undefined when it could not be claimed.
 */
export async function claimDelivery(
  db: EntityManager,
  email: DeliveryClaim,
  leaseSeconds: number,
): Promise<number | undefined> {
  const claimed = await sqlRow<{ attempt: number }>(
    db,
    `INSERT INTO email_delivery (idempotency_key, kind, user_id, recipient, subject, "window", status, attempts, lease_until)
     VALUES ($1, $2, $3, $4, $5, $6, 'sending', 1, now() + make_interval(secs => $7))
     ON CONFLICT (idempotency_key) DO UPDATE
        SET status = 'sending', lease_until = EXCLUDED.lease_until, attempts = email_delivery.attempts + 1,
            recipient = EXCLUDED.recipient, subject = EXCLUDED.subject, updated_at = now()
      WHERE email_delivery.status IN ('pending', 'failed')
         OR (email_delivery.status = 'sending' AND email_delivery.lease_until < now())
     RETURNING attempts AS attempt`,
    [email.key, email.kind, email.userId, email.to, email.subject, email.window, leaseSeconds],
    'prepared',
  );
  return claimed?.attempt;
}

export async function deliveryStatus(
  db: EntityManager,
  key: string,
): Promise<DeliveryStatus | undefined> {
  const [row]: Array<{ status: DeliveryStatus }> = await db.query(
    `SELECT status FROM email_delivery WHERE idempotency_key = $1`,
    [key],
  );
  return row?.status;
}

/** Records a failed send, if the claim of `attempt` still holds. */
export async function markDeliveryFailed(
  db: EntityManager,
  key: string,
  attempt: number,
  error: string,
): Promise<void> {
  await db.query(
    `UPDATE email_delivery SET status = 'failed', last_error = $3, lease_until = NULL, updated_at = now()
      WHERE idempotency_key = $1 AND status = 'sending' AND attempts = $2`,
    [key, attempt, error],
  );
}

/** Records a sent email with what it reported. */
export async function markDeliverySent(
  db: EntityManager,
  key: string,
  attempt: number,
  sent: { messageId: string | null; content: Record<string, unknown> | undefined },
): Promise<void> {
  await sqlRows(
    db,
    `UPDATE email_delivery SET status = 'sent', sent_at = now(), message_id = $3, last_error = NULL,
            lease_until = NULL, content = $4::jsonb, updated_at = now()
      WHERE idempotency_key = $1 AND attempts = $2`,
    [key, attempt, sent.messageId, sent.content ? JSON.stringify(sent.content) : null],
    'prepared',
  );
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  kind?: EmailKind;
  recipient?: string;
  page: number;
  pageSize: number;
}

export interface DeliveryRow {
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
  createdAt: Date;
  sentAt: Date | null;
}

const WHERE = `WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2)
                 AND ($3::text IS NULL OR lower(recipient) = $3)`;

const filterParameters = (filter: DeliveryFilter) => [
  filter.status ?? null,
  filter.kind ?? null,
  filter.recipient?.toLowerCase() ?? null,
];

export async function countDeliveries(db: EntityManager, filter: DeliveryFilter): Promise<number> {
  const [{ total }]: Array<{ total: number }> = await db.query(
    `SELECT count(*)::int AS total FROM email_delivery ${WHERE}`,
    filterParameters(filter),
  );
  return total;
}

/** One page of the delivery log, newest first. */
export function listDeliveries(db: EntityManager, filter: DeliveryFilter): Promise<DeliveryRow[]> {
  return db.query(
    `SELECT id, idempotency_key AS "idempotencyKey", kind, recipient, subject, "window", status, attempts,
            last_error AS "lastError", message_id AS "messageId", created_at AS "createdAt", sent_at AS "sentAt"
       FROM email_delivery ${WHERE} ORDER BY id DESC LIMIT $4 OFFSET $5`,
    [...filterParameters(filter), filter.pageSize, (filter.page - 1) * filter.pageSize],
  );
}
