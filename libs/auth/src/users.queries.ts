import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { Locale, Role } from './roles';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  time_zone: string;
  active: boolean;
  version: number;
  countries: string[];
  processes: string[];
  created_at: Date;
  updated_at: Date;
  last_login_at: Date | null;
  /** Active without a password yet: the invitation is not accepted. */
  invited: boolean;
  /** When the pending invitation's link stops working; null when none is pending. */
  invitation_expires_at: Date | null;
  two_factor_enabled: boolean;
}

export interface UserFilter {
  role?: Role;
  active?: boolean;
  country?: string;
  process?: string;
  page: number;
  pageSize: number;
}

/** The columns an admin may change; null keeps the password as it is. */
export interface UserChange {
  name: string;
  role: Role;
  locale: Locale;
  timeZone: string;
  active: boolean;
  passwordHash: string | null;
  endSessions: boolean;
}

export interface NewUser {
  email: string;
  name: string;
  /** Null for an invited account: the owner chooses it. */
  passwordHash: string | null;
  role: Role;
  locale: Locale;
  timeZone: string;
}

const USER_SELECT = `
  SELECT u.id, u.email, u.name, u.role, u.locale, u.time_zone, u.active, u.version, u.created_at, u.updated_at, u.last_login_at,
         u.two_factor_enabled, (u.password_hash IS NULL AND u.last_login_at IS NULL) AS invited,
         (SELECT max(t.expires_at) FROM account_token t
           WHERE t.user_id = u.id AND t.purpose = 'invitation' AND t.used_at IS NULL AND t.revoked_at IS NULL) AS invitation_expires_at,
         ARRAY(SELECT c.country_iso3::text FROM user_country c WHERE c.user_id = u.id ORDER BY 1) AS countries,
         ARRAY(SELECT p.process_code FROM user_process p WHERE p.user_id = u.id ORDER BY 1) AS processes
    FROM app_user u`;

function userConditions(filter: UserFilter): { clause: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (filter.role) add((p) => `u.role = ${p}`, filter.role);
  if (filter.active !== undefined) add((p) => `u.active = ${p}`, filter.active);
  if (filter.country)
    add(
      (p) =>
        `EXISTS (SELECT 1 FROM user_country c WHERE c.user_id = u.id AND c.country_iso3 = ${p})`,
      filter.country,
    );
  if (filter.process)
    add(
      (p) =>
        `EXISTS (SELECT 1 FROM user_process s WHERE s.user_id = u.id AND s.process_code = ${p})`,
      filter.process,
    );
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** One page of the accounts the filter matches, by email, and how many match in all. */
export async function listUsers(
  db: EntityManager,
  filter: UserFilter,
): Promise<{ rows: UserRow[]; total: number }> {
  const { clause, params } = userConditions(filter);
  const counted = await sqlRow<{ total: number }>(
    db,
    `SELECT count(*)::int AS total FROM app_user u ${clause}`,
    params,
  );
  const rows = await sqlRows<UserRow>(
    db,
    `${USER_SELECT} ${clause} ORDER BY u.email LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
    params,
  );
  return { rows, total: counted!.total };
}

export function userById(db: EntityManager, id: string): Promise<UserRow | undefined> {
  return sqlRow<UserRow>(db, `${USER_SELECT} WHERE u.id = $1`, [id]);
}

/** The new account's id; undefined when the email is taken. */
export async function insertUser(db: EntityManager, user: NewUser): Promise<string | undefined> {
  const row = await sqlRow<{ id: string }>(
    db,
    `INSERT INTO app_user (email, name, password_hash, role, locale, time_zone) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [user.email, user.name, user.passwordHash, user.role, user.locale, user.timeZone],
  );
  return row?.id;
}

/** Applies a change and bumps the version; ending sessions bumps the token version too. */
export async function updateUser(db: EntityManager, id: string, change: UserChange): Promise<void> {
  await sqlRows(
    db,
    `UPDATE app_user SET name = $2, role = $3, locale = $4, active = $5,
            password_hash = COALESCE($6, password_hash),
            token_version = token_version + $7, time_zone = $8, version = version + 1, updated_at = now()
      WHERE id = $1`,
    [
      id,
      change.name,
      change.role,
      change.locale,
      change.active,
      change.passwordHash,
      change.endSessions ? 1 : 0,
      change.timeZone,
    ],
  );
}

/**
 * Locks the account and every active admin in one statement, in id order: two admins changing
 * each other at once then wait in turn instead of deadlocking.
 */
export function lockUserAndActiveAdmins(
  db: EntityManager,
  id: string,
): Promise<Array<{ id: string; admin: boolean }>> {
  return sqlRows(
    db,
    `SELECT id, (role = 'admin' AND active) AS admin FROM app_user
      WHERE id = $1 OR (role = 'admin' AND active) ORDER BY id FOR UPDATE`,
    [id],
  );
}

/** Those of `codes` that name a country. */
export async function knownCountries(db: EntityManager, codes: string[]): Promise<Set<string>> {
  const rows = await sqlRows<{ code: string }>(
    db,
    `SELECT iso3::text AS code FROM country WHERE iso3 = ANY($1)`,
    [codes],
  );
  return new Set(rows.map((row) => row.code));
}

/** Those of `codes` that name a regional process. */
export async function knownProcesses(db: EntityManager, codes: string[]): Promise<Set<string>> {
  const rows = await sqlRows<{ code: string }>(
    db,
    `SELECT code FROM regional_process WHERE code = ANY($1)`,
    [codes],
  );
  return new Set(rows.map((row) => row.code));
}

/** Replaces the countries and processes an account is scoped to. */
export async function replaceUserScopes(
  db: EntityManager,
  id: string,
  countries: string[],
  processes: string[],
): Promise<void> {
  await sqlRows(db, `DELETE FROM user_country WHERE user_id = $1`, [id]);
  await sqlRows(db, `DELETE FROM user_process WHERE user_id = $1`, [id]);
  if (countries.length)
    await sqlRows(
      db,
      `INSERT INTO user_country (user_id, country_iso3) SELECT $1, unnest($2::text[])`,
      [id, countries],
    );
  if (processes.length)
    await sqlRows(
      db,
      `INSERT INTO user_process (user_id, process_code) SELECT $1, unnest($2::text[])`,
      [id, processes],
    );
}

/** Sets the account's password and ends its sessions (token version); returns what changed. */
export async function setPassword(
  db: EntityManager,
  id: string,
  passwordHash: string,
): Promise<{ email: string; role: Role; tokenVersion: number }> {
  const row = await sqlRow<{ email: string; role: Role; tokenVersion: number }>(
    db,
    `UPDATE app_user SET password_hash = $2, token_version = token_version + 1,
            version = version + 1, updated_at = now()
      WHERE id = $1 RETURNING email, role, token_version AS "tokenVersion"`,
    [id, passwordHash],
  );
  return row!;
}

/** Whether the account is active and has a password, its row locked. */
export function userStatusForUpdate(
  db: EntityManager,
  id: string,
): Promise<{ active: boolean; hasPassword: boolean } | undefined> {
  return sqlRow(
    db,
    `SELECT active, password_hash IS NOT NULL AS "hasPassword" FROM app_user WHERE id = $1 FOR UPDATE`,
    [id],
  );
}
