import { AuditContext, AuditTrail } from '@app/audit';
import { AppConfig } from '@app/config';
import { invalidField, TooManyRequests } from '@app/problems';
import { publishToOutbox } from '@app/queue';
import { CacheInvalidation, SlidingWindows } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ACTORS_CACHE } from '../actor.service';
import { PasswordPolicy } from '../password-policy';
import type { Role } from '../roles';
import { setPassword } from '../users.queries';
import { consumeAccountToken, revokeAccountTokens } from './account-token.queries';
import { INVALID_LINK } from './invitations.service';
import { revokeUserSessions } from '../sessions/session.queries';
import { linkTokenHash } from './link-token';

const HOUR = 3_600_000;
type AnonymousRequest = Omit<AuditContext, 'id' | 'email'>;

/**
 * Forgotten passwords. A request does the same work whatever the email: it is counted, audited
 * and put in the outbox as typed; the worker finds the account (if any) and mails the link. So
 * neither the answer nor its timing tells whether an account exists.
 */
@Injectable()
export class PasswordResets {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordPolicy,
    private readonly audit: AuditTrail,
    private readonly config: AppConfig,
    private readonly windows: SlidingWindows,
    private readonly invalidation: CacheInvalidation,
  ) {}

  async request(typedEmail: string, request: AnonymousRequest): Promise<void> {
    const email = typedEmail.trim().toLowerCase();
    const limit = this.config.auth.passwordResetLimitPerHour;
    const fromSource = await this.windows.slide(
      `password-reset:source:${request.ip ?? 'unknown'}`,
      HOUR,
      { record: 'below', limit },
    );
    if (!fromSource.recorded) {
      const seconds = Math.max(1, Math.ceil((fromSource.oldestAt! + HOUR - Date.now()) / 1000));
      throw new TooManyRequests(
        seconds,
        `At most ${limit} password resets an hour from one address.`,
      );
    }
    // Past its limit an address (account or not) gets no more emails, and the same answer.
    const forEmail = await this.windows.slide(`password-reset:email:${email}`, HOUR, {
      record: 'below',
      limit,
    });
    const linkId = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.auth.passwordResetTtlMinutes * 60_000);
    await this.dataSource.transaction(async (manager) => {
      await this.audit.record(
        manager,
        { ...request, id: null, email },
        {
          action: 'auth.password_reset_requested',
          entityType: 'user',
          entityId: email,
          after: { emailed: forEmail.recorded ? 'if the account exists' : 'no: limit reached' },
        },
      );
      if (forEmail.recorded)
        await publishToOutbox(manager, 'account.notice', {
          kind: 'password_reset_request',
          email,
          key: `password-reset:${linkId}`,
          linkId,
          expiresAt: expiresAt.toISOString(),
        });
    });
  }

  /** Sets the password with an emailed link; every session of the account ends. */
  async reset(token: string, password: string, request: AnonymousRequest): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const used = await consumeAccountToken(manager, 'password_reset', linkTokenHash(token));
      if (!used) throw invalidField('token', INVALID_LINK);
      await this.passwordChanged(manager, used.userId, passwordHash, request, {
        action: 'auth.password_reset',
        keepSessionId: null,
      });
      return used.userId;
    });
    await this.invalidation.invalidate(ACTORS_CACHE, userId);
  }

  /**
   * A new password: older links of the account stop working, its sessions end (all but the one
   * kept: the token version and the session rows), the change is audited and its owner told.
   */
  async passwordChanged(
    manager: EntityManager,
    userId: string,
    passwordHash: string,
    request: AnonymousRequest,
    change: { action: string; keepSessionId: string | null },
  ): Promise<{ role: Role; tokenVersion: number }> {
    const { action } = change;
    const changed = await setPassword(manager, userId, passwordHash);
    const email = changed.email;
    await revokeAccountTokens(manager, userId);
    await revokeUserSessions(manager, userId, change.keepSessionId);
    await this.audit.record(
      manager,
      { ...request, id: userId, email },
      { action, entityType: 'user', entityId: userId },
    );
    await publishToOutbox(manager, 'account.notice', {
      kind: 'password_changed',
      userId,
      key: `password-changed:${randomUUID()}`,
    });
    return changed;
  }
}
