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
import {
  Credentials,
  credentialsByEmail,
  credentialsById,
  stampLastLogin,
} from './sign-in.queries';
import { SignInAttempt, SignInLimiter } from './sign-in-limiter';
import { Sessions, SessionRequest } from './sessions/sessions.service';
import { TokenService } from './token.service';
import { challengedUser, challengeToken } from './two-factor/challenge-token';
import { mustEnrolTwoFactor } from './two-factor/enrolment';
import { TwoFactor } from './two-factor/two-factor.service';
import { LoginView, TwoFactorChallengeView } from './views';

export type SignedIn = { view: LoginView; refreshToken: string };
export type SignInOutcome = SignedIn | { challenge: TwoFactorChallengeView };
/** How the first factor was proven: the account's password, or single sign-on. */
export type SignInMethod = 'password' | 'oidc';

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
    private readonly twoFactor: TwoFactor,
  ) {}

  /** The active account behind an access token, or null for a bad, expired or revoked one. */
  async authenticate(
    token: string,
    request: { requestId: string; ip: string | null },
  ): Promise<Actor | null> {
    const claims = this.tokens.verify(token);
    return claims ? this.actors.load(claims.sub, claims.tv, request, claims.sid ?? null) : null;
  }

  /**
   * The access token and the session's first refresh token (for the cookie, never the body), or,
   * when the account has a second factor, a challenge to answer with a code.
   */
  async login(email: string, password: string, request: SessionRequest): Promise<SignInOutcome> {
    const normalized = email.trim().toLowerCase();
    const attempt: SignInAttempt = { email: normalized, source: request.ip ?? 'unknown' };
    await this.limiter.check(attempt);
    const user = await credentialsByEmail(this.dataSource.manager, normalized);
    const passwordMatches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordMatches || !user.active) {
      await this.recordFailure(attempt, user, request, passwordMatches);
      throw new Unauthenticated(
        'Email or password is incorrect.',
        {},
        {
          code: 'wrong_credentials',
        },
      );
    }
    await this.limiter.succeeded(attempt);
    return this.firstFactorPassed(user, request, 'password');
  }

  /**
   * After the first factor (a password, or the identity provider's word): the session, or the
   * challenge for the second factor when the account has one turned on.
   */
  firstFactorPassed(
    user: Credentials,
    request: SessionRequest,
    method: SignInMethod,
  ): Promise<SignInOutcome> {
    if (user.twoFactorEnabled)
      return Promise.resolve({
        challenge: {
          twoFactorRequired: true,
          challengeToken: challengeToken(this.config.auth.jwtSecret, user.id),
        },
      });
    return this.signedIn(user, request, method);
  }

  /** The second step of a sign-in with two factors: a TOTP or recovery code, counted like one. */
  async completeTwoFactor(
    challenge: string,
    code: string,
    request: SessionRequest,
  ): Promise<SignedIn> {
    const userId = challengedUser(this.config.auth.jwtSecret, challenge);
    const user = userId ? await credentialsById(this.dataSource.manager, userId) : undefined;
    if (!user?.active || !user.twoFactorEnabled || !user.twoFactorSecret)
      throw new Unauthenticated('This sign-in has expired. Sign in again.');
    const attempt: SignInAttempt = { email: user.email, source: request.ip ?? 'unknown' };
    await this.limiter.check(attempt);
    const accepted = await this.dataSource.transaction((manager) =>
      this.twoFactor.verify(manager, user.id, user.twoFactorSecret!, code),
    );
    if (!accepted) {
      await this.recordFailure(attempt, user, request, true, 'wrong_two_factor_code');
      throw new Unauthenticated('The code is not right, or was used already.');
    }
    return this.signedIn(user, request, 'two_factor_code');
  }

  /**
   * A new session. An account whose role requires a second factor and has none gets one that can
   * only enrol (the API refuses everything else until it is confirmed).
   */
  private async signedIn(
    user: Credentials,
    request: SessionRequest,
    method: SignInMethod | 'two_factor_code',
  ): Promise<SignedIn> {
    const enrolmentRequired = mustEnrolTwoFactor(user, this.config.auth.requireTwoFactorRoles);
    const session = await this.dataSource.transaction(async (manager) => {
      await stampLastLogin(manager, user.id);
      const who = { ...request, id: user.id, email: user.email };
      await this.audit.record(manager, who, {
        action: 'auth.login_succeeded',
        entityType: 'user',
        entityId: user.id,
        after: { method },
      });
      if (enrolmentRequired)
        await this.audit.record(manager, who, {
          action: 'auth.two_factor_enrolment_required',
          entityType: 'user',
          entityId: user.id,
          after: { role: user.role },
        });
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
      twoFactorEnrolmentRequired: enrolmentRequired,
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
    secondFactor?: 'wrong_two_factor_code',
  ): Promise<void> {
    const reason =
      secondFactor ??
      (!user ? 'unknown_email' : !passwordMatches ? 'wrong_password' : 'account_inactive');
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
