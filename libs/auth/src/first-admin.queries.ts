import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';

/** Holds the first-admin decision for the caller's transaction: one setup decides at a time. */
export async function lockFirstAdminSetup(db: EntityManager): Promise<void> {
  await sqlRows(db, `SELECT pg_advisory_xact_lock(hashtext('gcm9:first-admin'))`);
}

export async function countActiveAdmins(db: EntityManager): Promise<number> {
  const row = await sqlRow<{ admins: number }>(
    db,
    `SELECT count(*)::int AS admins FROM app_user WHERE role = 'admin' AND active`,
  );
  return row!.admins;
}

/**
 * Creates the admin, or makes the account with that email an active admin with this password
 * (ending its sessions); returns its id.
 */
export async function upsertAdmin(
  db: EntityManager,
  email: string,
  passwordHash: string,
): Promise<string> {
  const row = await sqlRow<{ id: string }>(
    db,
    `INSERT INTO app_user (email, name, password_hash, role) VALUES ($1, 'Administrator', $2, 'admin')
     ON CONFLICT (email) DO UPDATE SET role = 'admin', active = true, password_hash = EXCLUDED.password_hash,
            token_version = app_user.token_version + 1, version = app_user.version + 1, updated_at = now()
     RETURNING id`,
    [email, passwordHash],
  );
  return row!.id;
}

/** The audit event of an admin made by setup, which has no signed-in actor. */
export async function auditAdminCreated(
  db: EntityManager,
  id: string,
  after: Record<string, unknown>,
): Promise<void> {
  await sqlRows(
    db,
    `INSERT INTO audit_event (action, entity_type, entity_id, after) VALUES ('user.created', 'user', $1, $2::jsonb)`,
    [id, JSON.stringify(after)],
  );
}
