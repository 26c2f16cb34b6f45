import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { Actor } from './actor';
import type { Locale, Role } from './roles';

/** What signing in checks and answers with. */
export interface Credentials {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  active: boolean;
  /** Null while the account's invitation waits. */
  passwordHash: string | null;
  tokenVersion: number;
  twoFactorEnabled: boolean;
  twoFactorSecret: string | null;
}

/** An account as a token resolves it: the actor, with what decides whether the token holds. */
export interface ActorRow extends Omit<Actor, 'requestId' | 'ip' | 'sessionId'> {
  active: boolean;
  tokenVersion: number;
  /** Sessions not ended: a token of another one no longer holds. */
  sessions: string[];
}

export function credentialsByEmail(
  db: EntityManager,
  email: string,
): Promise<Credentials | undefined> {
  return sqlRow<Credentials>(
    db,
    `SELECT id, email, name, role, locale, active, password_hash AS "passwordHash", token_version AS "tokenVersion",
            two_factor_enabled AS "twoFactorEnabled", two_factor_secret AS "twoFactorSecret"
       FROM app_user WHERE email = $1`,
    [email],
  );
}

export async function stampLastLogin(db: EntityManager, userId: string): Promise<void> {
  await sqlRows(db, `UPDATE app_user SET last_login_at = now() WHERE id = $1`, [userId]);
}

/** The account with its scopes: the countries it reports for, the processes it coordinates. */
export function actorById(db: EntityManager, userId: string): Promise<ActorRow | undefined> {
  return sqlRow<ActorRow>(
    db,
    `SELECT u.id, u.email, u.name, u.role, u.locale, u.active, u.token_version AS "tokenVersion",
            u.two_factor_enabled AS "twoFactorEnabled",
            ARRAY(SELECT c.country_iso3::text FROM user_country c WHERE c.user_id = u.id ORDER BY 1) AS countries,
            ARRAY(SELECT p.process_code FROM user_process p WHERE p.user_id = u.id ORDER BY 1) AS processes,
            ARRAY(SELECT DISTINCT m.country_iso3::text
                    FROM user_process p
                    JOIN process_membership m ON m.process_code = p.process_code AND m.role = 'member'
                   WHERE p.user_id = u.id ORDER BY 1) AS "coordinatedCountries",
            ARRAY(SELECT s.id::text FROM auth_session s WHERE s.user_id = u.id AND s.revoked_at IS NULL) AS sessions
       FROM app_user u WHERE u.id = $1`,
    [userId],
  );
}

export function credentialsById(db: EntityManager, id: string): Promise<Credentials | undefined> {
  return sqlRow<Credentials>(
    db,
    `SELECT id, email, name, role, locale, active, password_hash AS "passwordHash", token_version AS "tokenVersion",
            two_factor_enabled AS "twoFactorEnabled", two_factor_secret AS "twoFactorSecret"
       FROM app_user WHERE id = $1`,
    [id],
  );
}
