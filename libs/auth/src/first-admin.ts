import { AppConfig } from '@app/config';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  auditAdminCreated,
  countActiveAdmins,
  lockFirstAdminSetup,
  upsertAdmin,
} from './first-admin.queries';
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
    await lockFirstAdminSetup(manager);
    if ((await countActiveAdmins(manager)) > 0) return { created: false } as const;
    const id = await upsertAdmin(manager, email, hash);
    await auditAdminCreated(manager, id, { email, role: 'admin', origin: 'setup' });
    return { created: true, email, generatedPassword: given ? null : password } as const;
  });
}
