import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { AccountTokenPurpose } from './account-token.entity';

export interface NewAccountToken {
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  tokenHash: string;
  expiresAt: Date;
}

export async function insertAccountToken(db: EntityManager, token: NewAccountToken): Promise<void> {
  await sqlRows(
    db,
    `INSERT INTO account_token (id, user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [token.id, token.userId, token.purpose, token.tokenHash, token.expiresAt],
  );
}

/** Ends the account's pending links (of one purpose, or all); returns how many. */
export async function revokeAccountTokens(
  db: EntityManager,
  userId: string,
  purpose?: AccountTokenPurpose,
): Promise<number> {
  const rows = await sqlRows<{ id: string }>(
    db,
    `UPDATE account_token SET revoked_at = now()
      WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL AND ($2::text IS NULL OR purpose = $2)
      RETURNING id`,
    [userId, purpose ?? null],
  );
  return rows.length;
}

/**
 * Uses a pending, unexpired link of this purpose, once: two requests with the same token race on
 * the row and only one gets the account id back. The account must still be active.
 */
export async function consumeAccountToken(
  db: EntityManager,
  purpose: AccountTokenPurpose,
  tokenHash: string,
): Promise<{ userId: string } | undefined> {
  return sqlRow<{ userId: string }>(
    db,
    `UPDATE account_token t SET used_at = now()
       FROM app_user u
      WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.revoked_at IS NULL
        AND t.expires_at > now() AND u.id = t.user_id AND u.active
      RETURNING t.user_id AS "userId"`,
    [tokenHash, purpose],
  );
}

/**
 * Issues the reset link a request asked for, if the email names an active account: once, however
 * often the worker retries (the id is the request's), revoking the account's earlier reset links.
 * Returns the account's id, or undefined when there is none.
 */
export async function issueRequestedReset(
  db: EntityManager,
  link: { id: string; email: string; tokenHash: string; expiresAt: Date },
): Promise<string | undefined> {
  const row = await sqlRow<{ userId: string }>(
    db,
    `WITH account AS (SELECT id FROM app_user WHERE email = $2 AND active),
          revoked AS (
            UPDATE account_token SET revoked_at = now()
             WHERE user_id = (SELECT id FROM account) AND purpose = 'password_reset' AND id <> $1
               AND used_at IS NULL AND revoked_at IS NULL),
          issued AS (
            INSERT INTO account_token (id, user_id, purpose, token_hash, expires_at)
            SELECT $1, id, 'password_reset', $3, $4 FROM account
            ON CONFLICT (id) DO NOTHING)
     SELECT id AS "userId" FROM account`,
    [link.id, link.email, link.tokenHash, link.expiresAt],
  );
  return row?.userId;
}
