import { invalidField } from '@app/problems';
import { CacheInvalidation } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PasswordResets } from './account-tokens/password-resets.service';
import type { Actor } from './actor';
import { ACTORS_CACHE } from './actor.service';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { credentialsById } from './sign-in.queries';
import { SignInLimiter } from './sign-in-limiter';
import { TokenService } from './token.service';
import { LoginView } from './views';

/** A signed-in official changes their own password; their other sessions end. */
@Injectable()
export class OwnPassword {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly passwords: PasswordPolicy,
    private readonly resets: PasswordResets,
    private readonly limiter: SignInLimiter,
    private readonly tokens: TokenService,
    private readonly invalidation: CacheInvalidation,
  ) {}

  /** A wrong current password counts as a failed sign-in: a stolen session cannot guess it. */
  async change(actor: Actor, currentPassword: string, newPassword: string): Promise<LoginView> {
    const attempt = { email: actor.email, source: actor.ip ?? 'unknown' };
    await this.limiter.check(attempt);
    const account = await credentialsById(this.dataSource.manager, actor.id);
    if (!(await this.hasher.verify(account?.passwordHash ?? null, currentPassword))) {
      await this.limiter.failed(attempt);
      // A 400, not a 401: the session itself is fine, and the app must not sign out.
      throw invalidField('currentPassword', 'this is not your current password');
    }
    const passwordHash = await this.passwords.hash(newPassword, 'newPassword');
    const changed = await this.dataSource.transaction((manager) =>
      this.resets.passwordChanged(manager, actor.id, passwordHash, actor, {
        action: 'auth.password_changed',
        keepSessionId: actor.sessionId ?? null,
      }),
    );
    await this.invalidation.invalidate(ACTORS_CACHE, actor.id);
    // Every earlier token stopped working with the new token version: this session gets a new one.
    return {
      accessToken: this.tokens.sign({
        sub: actor.id,
        role: changed.role,
        tv: changed.tokenVersion,
        ...(actor.sessionId ? { sid: actor.sessionId } : {}),
      }),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      // This route is closed to a session that must enrol first.
      twoFactorEnrolmentRequired: false,
      user: {
        id: actor.id,
        email: actor.email,
        name: actor.name,
        role: changed.role,
        locale: actor.locale,
      },
    };
  }
}
