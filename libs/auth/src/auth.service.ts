import { AuditContext, AuditTrail } from '@app/audit';
import { AppConfig } from '@app/config';
import { publishToOutbox } from '@app/queue';
import { Unauthenticated } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from './actor';
import { ActorService } from './actor.service';
import { PasswordHasher } from './password-hasher';
import { Credentials, credentialsByEmail, stampLastLogin } from './sign-in.queries';
import { SignInAttempt, SignInLimiter } from './sign-in-limiter';
import { Sessions, SessionRequest } from './sessions/sessions.service';
import { TokenService } from './token.service';
import { LoginView } from './views';

/** At most one warning of failed sign-ins per account in this long. */
const FAILURE_NOTICE_WINDOW_MS = 15 * 60_000;

/** Sign-in: the same answer for an unknown email, a wrong password and a deactivated account. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditTrail,
    private readonly actors: ActorService,
    private readonly limiter: SignInLimiter,
    private readonly config: AppConfig,
    private readonly sessions: Sessions,
  ) {}

  /** The active account behind an access token, or null for a bad, expired or revoked one. */
  async authenticate(
    token: string,
    request: { requestId: string; ip: string | null },
  ): Promise<Actor | null> {
    const claims = this.tokens.verify(token);
    return claims ? this.actors.load(claims.sub, claims.tv, request, claims.sid ?? null) : null;
  }

  /** The access token, and the session's first refresh token (for the cookie, never the body). */
  async login(
    email: string,
    password: string,
    request: SessionRequest,
  ): Promise<{ view: LoginView; refreshToken: string }> {
    const normalized = email.trim().toLowerCase();
    const attempt: SignInAttempt = { email: normalized, source: request.ip ?? 'unknown' };
    await this.limiter.check(attempt);
    const user = await credentialsByEmail(this.dataSource.manager, normalized);
    const passwordMatches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordMatches || !user.active) {
      await this.recordFailure(attempt, user, request, passwordMatches);
      throw new Unauthenticated('Email or password is incorrect.');
    }
    await this.limiter.succeeded(attempt);
    const session = await this.dataSource.transaction(async (manager) => {
      await stampLastLogin(manager, user.id);
      await this.audit.record(
        manager,
        { ...request, id: user.id, email: user.email },
        {
          action: 'auth.login_succeeded',
          entityType: 'user',
          entityId: user.id,
        },
      );
      return this.sessions.start(manager, user.id, request);
    });
    const view: LoginView = {
      accessToken: this.tokens.sign({
        sub: user.id,
        role: user.role,
        tv: user.tokenVersion,
        sid: session.sessionId,
      }),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        locale: user.locale,
      },
    };
    return { view, refreshToken: session.refreshToken };
  }

  /**
   * Audits a failed attempt and counts it; when an account reaches its limit, its owner is told
   * by email (once per window: the notice's key names the window).
   */
  private async recordFailure(
    attempt: SignInAttempt,
    user: Credentials | undefined,
    request: Omit<AuditContext, 'id' | 'email'>,
    passwordMatches: boolean,
  ): Promise<void> {
    const reason = !user
      ? 'unknown_email'
      : !passwordMatches
        ? 'wrong_password'
        : 'account_inactive';
    const failures = await this.limiter.failed(attempt);
    const warnOwner = user?.active === true && failures === this.config.auth.loginLimitPerAccount;
    await this.dataSource.transaction(async (manager) => {
      await this.audit.record(
        manager,
        { ...request, id: user?.id ?? null, email: attempt.email },
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? attempt.email,
          after: { reason, failuresIn15Minutes: failures },
        },
      );
      if (warnOwner)
        await publishToOutbox(manager, 'account.notice', {
          kind: 'sign_in_failures',
          userId: user.id,
          key: `sign-in-failures:${user.id}:${Math.floor(Date.now() / FAILURE_NOTICE_WINDOW_MS)}`,
          failures,
        });
    });
  }
}
