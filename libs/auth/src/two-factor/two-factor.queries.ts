import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';

export interface TwoFactorState {
  /** Sealed (secret-box.ts), never the secret itself. */
  secret: string | null;
  enabled: boolean;
}

export function twoFactorState(
  db: EntityManager,
  userId: string,
): Promise<TwoFactorState | undefined> {
  return sqlRow<TwoFactorState>(
    db,
    `SELECT two_factor_secret AS secret, two_factor_enabled AS enabled FROM app_user WHERE id = $1`,
    [userId],
  );
}

/** A secret waiting for its first code; an enabled second factor is not replaced this way. */
export async function setPendingSecret(
  db: EntityManager,
  userId: string,
  secret: string,
): Promise<boolean> {
  const rows = await sqlRows<{ id: string }>(
    db,
    `UPDATE app_user SET two_factor_secret = $2, two_factor_last_step = NULL
      WHERE id = $1 AND NOT two_factor_enabled RETURNING id`,
    [userId, secret],
  );
  return rows.length === 1;
}

export async function enableTwoFactor(
  db: EntityManager,
  userId: string,
  recoveryHashes: string[],
): Promise<void> {
  await sqlRows(
    db,
    `UPDATE app_user SET two_factor_enabled = true, two_factor_recovery = $2 WHERE id = $1`,
    [userId, recoveryHashes],
  );
}

export async function disableTwoFactor(db: EntityManager, userId: string): Promise<void> {
  await sqlRows(
    db,
    `UPDATE app_user SET two_factor_enabled = false, two_factor_secret = NULL,
            two_factor_last_step = NULL, two_factor_recovery = '{}' WHERE id = $1`,
    [userId],
  );
}

/** Accepts a code's step once: a later or equal step already used refuses it (no replay). */
export async function acceptStep(
  db: EntityManager,
  userId: string,
  step: number,
): Promise<boolean> {
  const rows = await sqlRows<{ id: string }>(
    db,
    `UPDATE app_user SET two_factor_last_step = $2
      WHERE id = $1 AND (two_factor_last_step IS NULL OR two_factor_last_step < $2) RETURNING id`,
    [userId, step],
  );
  return rows.length === 1;
}

/** Uses up a recovery code, once. */
export async function useRecoveryCode(
  db: EntityManager,
  userId: string,
  hash: string,
): Promise<boolean> {
  const rows = await sqlRows<{ id: string }>(
    db,
    `UPDATE app_user SET two_factor_recovery = array_remove(two_factor_recovery, $2)
      WHERE id = $1 AND $2 = ANY(two_factor_recovery) RETURNING id`,
    [userId, hash],
  );
  return rows.length === 1;
}
