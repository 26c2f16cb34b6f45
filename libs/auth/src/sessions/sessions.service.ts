import { AuditContext, AuditTrail } from '@app/audit';
import { AppConfig } from '@app/config';
import { NotFound, Unauthenticated } from '@app/problems';
import { CacheInvalidation } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { UAParser } from 'ua-parser-js';
import type { Actor } from '../actor';
import { ACTORS_CACHE } from '../actor.service';
import { TokenService } from '../token.service';
import { RefreshView, SessionView } from '../views';
import { parseRefreshToken, RefreshToken, refreshTokenText } from './refresh-token';
import {
  insertSession,
  justRotatedSession,
  liveSessions,
  revokeSession,
  RotatedSession,
  rotateSession,
  SessionRow,
} from './session.queries';

/** Two tabs refreshing with the same token this close together both carry on. */
const ROTATION_GRACE_SECONDS = 10;
const SESSION_ENDED = 'Your session has ended. Sign in again.';

export type SessionRequest = Omit<AuditContext, 'id' | 'email'> & { userAgent?: string | null };

/** Browser and system as product names, no words of any language; null when not told. */
const deviceOf = (userAgent: string | null): string | null => {
  if (!userAgent) return null;
  const { browser, os } = new UAParser(userAgent).getResult();
  const parts = [browser.name, os.name && `${os.name} ${os.version ?? ''}`.trim()].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
};

/**
 * Sessions that last a working day: a short access token, and a refresh token (a cookie) that
 * rotates on every use. A refresh token used after it was rotated means it was copied: the whole
 * session ends (theft detection). Idle and absolute limits come from the configuration.
 */
@Injectable()
export class Sessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditTrail,
    private readonly config: AppConfig,
    private readonly invalidation: CacheInvalidation,
  ) {}

  private get limits() {
    const { sessionIdleMinutes, sessionMaxHours } = this.config.auth;
    return { idleMinutes: sessionIdleMinutes, maxHours: sessionMaxHours };
  }

  private get secret(): string {
    return this.config.auth.jwtSecret;
  }

  /** A new session at sign-in, with its first refresh token. */
  async start(
    manager: EntityManager,
    userId: string,
    request: SessionRequest,
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const sessionId = randomUUID();
    const userAgent = request.userAgent?.slice(0, 500) ?? null;
    await insertSession(manager, { id: sessionId, userId, userAgent, address: request.ip });
    return { sessionId, refreshToken: refreshTokenText(this.secret, { sessionId, generation: 0 }) };
  }

  /** The next refresh token and a new access token; a reused old token ends the session. */
  async refresh(
    presented: string | undefined,
    request: SessionRequest,
  ): Promise<{ view: RefreshView; refreshToken: string }> {
    const token = presented ? parseRefreshToken(this.secret, presented) : null;
    if (!token) throw new Unauthenticated(SESSION_ENDED);
    const db = this.dataSource.manager;
    const session =
      (await rotateSession(db, token, this.limits)) ??
      (await justRotatedSession(db, token, {
        ...this.limits,
        graceSeconds: ROTATION_GRACE_SECONDS,
      }));
    if (!session) {
      await this.endReusedFamily(token, request);
      throw new Unauthenticated(SESSION_ENDED);
    }
    return this.issued(token.sessionId, session);
  }

  /** Signing out: the session of this refresh token ends (any of its generations will do). */
  async end(presented: string | undefined, request: SessionRequest): Promise<void> {
    const token = presented ? parseRefreshToken(this.secret, presented) : null;
    if (!token) return;
    await this.revoke(token.sessionId, {}, request, 'auth.signed_out');
  }

  async list(actor: Actor): Promise<SessionView[]> {
    const rows = await liveSessions(this.dataSource.manager, actor.id, this.limits);
    return rows.map((row: SessionRow) => ({
      id: row.id,
      device: deviceOf(row.userAgent),
      address: row.address,
      startedAt: row.createdAt.toISOString(),
      lastUsedAt: row.lastUsedAt.toISOString(),
      current: row.id === actor.sessionId,
    }));
  }

  /** Ends one of the actor's own sessions. */
  async revokeOwn(actor: Actor, sessionId: string): Promise<void> {
    const ended = await this.revoke(sessionId, { userId: actor.id }, actor, 'auth.session_revoked');
    if (!ended) throw new NotFound(`You have no session with id ${sessionId}`);
  }

  private issued(
    sessionId: string,
    session: RotatedSession,
  ): { view: RefreshView; refreshToken: string } {
    const accessToken = this.tokens.sign({
      sub: session.userId,
      role: session.role,
      tv: session.tokenVersion,
      sid: sessionId,
    });
    return {
      view: { accessToken, tokenType: 'Bearer', expiresIn: this.tokens.ttlSeconds },
      refreshToken: refreshTokenText(this.secret, { sessionId, generation: session.generation }),
    };
  }

  /** An authentic but superseded token: someone else holds the family's newer one. */
  private async endReusedFamily(token: RefreshToken, request: SessionRequest): Promise<void> {
    await this.revoke(
      token.sessionId,
      { pastGeneration: token.generation },
      request,
      'auth.refresh_reuse_detected',
      { presentedGeneration: token.generation },
    );
  }

  private async revoke(
    sessionId: string,
    only: { userId?: string; pastGeneration?: number },
    request: SessionRequest,
    action: string,
    details?: Record<string, unknown>,
  ): Promise<boolean> {
    const owner = await this.dataSource.transaction(async (manager) => {
      const ended = await revokeSession(manager, sessionId, only);
      if (ended)
        await this.audit.record(
          manager,
          { ...request, id: ended, email: null },
          { action, entityType: 'session', entityId: sessionId, after: details },
        );
      return ended;
    });
    if (owner) await this.invalidation.invalidate(ACTORS_CACHE, owner);
    return owner !== undefined;
  }
}
