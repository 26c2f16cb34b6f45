import { sqlRow } from '@app/database';
import type { EntityManager } from 'typeorm';

/** Whether an emailed link can still be used: not used, revoked or expired. */
export async function linkIsPending(db: EntityManager, linkId: string): Promise<boolean> {
  const row = await sqlRow<{ pending: boolean }>(
    db,
    `SELECT (used_at IS NULL AND revoked_at IS NULL AND expires_at > now()) AS pending
       FROM account_token WHERE id = $1`,
    [linkId],
  );
  return row?.pending === true;
}
