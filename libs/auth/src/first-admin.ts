import { AppConfig } from '@app/config';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher } from './password-hasher';

export const DEFAULT_ADMIN_EMAIL = 'admin@gcm9.localhost';

export type FirstAdminOutcome =
  { created: false } | { created: true; email: string; generatedPassword: string | null };

/**
 * When no active admin exists, creates one from ADMIN_EMAIL / ADMIN_PASSWORD. Without a password
 * one is generated and returned once, to be printed for the new user (never a known default).
 */
export async function ensureFirstAdmin(
  dataSource: DataSource,
  config: AppConfig,
): Promise<FirstAdminOutcome> {
  const email = config.auth.firstAdmin.email ?? DEFAULT_ADMIN_EMAIL;
  const given = config.auth.firstAdmin.password;
  const password = given ?? randomBytes(12).toString('base64url');
  const hash = await new PasswordHasher().hash(password);
  return dataSource.transaction(async (manager) => {
    // One setup at a time decides; a second concurrent setup sees the admin and stops.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gcm9:first-admin'))`);
    const [{ admins }] = await manager.query(
      `SELECT count(*)::int AS admins FROM app_user WHERE role = 'admin' AND active`,
    );
    if (admins > 0) return { created: false } as const;
    const [{ id }] = await manager.query(
      `INSERT INTO app_user (email, name, password_hash, role) VALUES ($1, 'Administrator', $2, 'admin')
       ON CONFLICT (email) DO UPDATE SET role = 'admin', active = true, password_hash = EXCLUDED.password_hash,
              token_version = app_user.token_version + 1, version = app_user.version + 1, updated_at = now()
       RETURNING id`,
      [email, hash],
    );
    await manager.query(
      `INSERT INTO audit_event (action, entity_type, entity_id, after) VALUES ('user.created', 'user', $1, $2::jsonb)`,
      [id, JSON.stringify({ email, role: 'admin', origin: 'setup' })],
    );
    return { created: true, email, generatedPassword: given ? null : password } as const;
  });
}
