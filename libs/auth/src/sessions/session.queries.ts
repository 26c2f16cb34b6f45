import { sqlRow, sqlRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { Role } from '../roles';

export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

/** What a refreshed session signs the new access token with. */
export interface RotatedSession {
  userId: string;
  generation: number;
  role: Role;
  tokenVersion: number;
}

export interface SessionRow {
  id: string;
  userAgent: string | null;
  address: string | null;
  createdAt: Date;
  lastUsedAt: Date;
}

export async function insertSession(
  db: EntityManager,
  session: { id: string; userId: string; userAgent: string | null; address: string | null },
): Promise<void> {
  await sqlRows(
    db,
    `INSERT INTO auth_session (id, user_id, user_agent, address) VALUES ($1, $2, $3, $4)`,
    [session.id, session.userId, session.userAgent, session.address],
  );
}

/** A session not revoked, used within the idle limit, younger than the absolute one. */
const live = (idleMinutes: string, maxHours: string) => `s.revoked_at IS NULL
  AND s.last_used_at > now() - make_interval(mins => ${idleMinutes})
  AND s.created_at > now() - make_interval(hours => ${maxHours})`;

/**
 * Moves a live session of an active account from the presented generation to the next one, in
 * one statement: of two requests with the same token, one rotates and the other finds it moved.
 */
export function rotateSession(
  db: EntityManager,
  token: { sessionId: string; generation: number },
  limits: SessionLimits,
): Promise<RotatedSession | undefined> {
  return sqlRow<RotatedSession>(
    db,
    `UPDATE auth_session s SET generation = s.generation + 1, last_used_at = now(), rotated_at = now()
       FROM app_user u
      WHERE s.id = $1 AND s.generation = $2 AND ${live('$3', '$4')} AND u.id = s.user_id AND u.active
      RETURNING s.user_id AS "userId", s.generation, u.role, u.token_version AS "tokenVersion"`,
    [token.sessionId, token.generation, limits.idleMinutes, limits.maxHours],
  );
}

/**
 * A live session whose token the presented (previous) generation was rotated from within the
 * last seconds: two tabs refreshing at once both carry on with the current token.
 */
export function justRotatedSession(
  db: EntityManager,
  token: { sessionId: string; generation: number },
  limits: SessionLimits & { graceSeconds: number },
): Promise<RotatedSession | undefined> {
  return sqlRow<RotatedSession>(
    db,
    `SELECT s.user_id AS "userId", s.generation, u.role, u.token_version AS "tokenVersion"
       FROM auth_session s JOIN app_user u ON u.id = s.user_id AND u.active
      WHERE s.id = $1 AND s.generation = $2 + 1 AND ${live('$3', '$4')}
        AND s.rotated_at > now() - make_interval(secs => $5)`,
    [token.sessionId, token.generation, limits.idleMinutes, limits.maxHours, limits.graceSeconds],
  );
}

/**
 * Ends a session if it is still going and, when given, belongs to the account or has moved past
 * a generation; returns its owner.
 */
export async function revokeSession(
  db: EntityManager,
  id: string,
  only: { userId?: string; pastGeneration?: number } = {},
): Promise<string | undefined> {
  const row = await sqlRow<{ userId: string }>(
    db,
    `UPDATE auth_session SET revoked_at = now()
      WHERE id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR user_id = $2)
        AND ($3::int IS NULL OR generation > $3)
      RETURNING user_id AS "userId"`,
    [id, only.userId ?? null, only.pastGeneration ?? null],
  );
  return row?.userId;
}

/** Ends every session of the account but `exceptId`; returns how many. */
export async function revokeUserSessions(
  db: EntityManager,
  userId: string,
  exceptId: string | null = null,
): Promise<number> {
  const rows = await sqlRows<{ id: string }>(
    db,
    `UPDATE auth_session SET revoked_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2) RETURNING id`,
    [userId, exceptId],
  );
  return rows.length;
}

/** The account's live sessions, most recently used first. */
export function liveSessions(
  db: EntityManager,
  userId: string,
  limits: SessionLimits,
): Promise<SessionRow[]> {
  return sqlRows<SessionRow>(
    db,
    `SELECT s.id, s.user_agent AS "userAgent", s.address, s.created_at AS "createdAt", s.last_used_at AS "lastUsedAt"
       FROM auth_session s WHERE s.user_id = $1 AND ${live('$2', '$3')}
      ORDER BY s.last_used_at DESC`,
    [userId, limits.idleMinutes, limits.maxHours],
  );
}
