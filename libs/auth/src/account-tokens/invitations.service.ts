import { AuditContext, AuditTrail } from '@app/audit';
import { AppConfig } from '@app/config';
import { invalidField, NotFound, Conflict } from '@app/problems';
import { publishToOutbox } from '@app/queue';
import { CacheInvalidation } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../actor';
import { ACTORS_CACHE } from '../actor.service';
import { PasswordPolicy } from '../password-policy';
import { setPassword, userStatusForUpdate } from '../users.queries';
import {
  consumeAccountToken,
  insertAccountToken,
  revokeAccountTokens,
} from './account-token.queries';
import type { AccountTokenPurpose } from './account-token.entity';
import { linkToken, linkTokenHash } from './link-token';

export const INVALID_LINK = 'this link is not valid: it may have expired or been used already';

/** Issues a single-use link (its hash stored) and returns its id; the outbox names only the id. */
export async function issueLink(
  manager: EntityManager,
  secret: string,
  link: { userId: string; purpose: AccountTokenPurpose; ttlMs: number },
): Promise<{ id: string; expiresAt: Date }> {
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + link.ttlMs);
  await revokeAccountTokens(manager, link.userId, link.purpose);
  const tokenHash = linkTokenHash(linkToken(secret, id));
  await insertAccountToken(manager, { id, ...link, tokenHash, expiresAt });
  return { id, expiresAt };
}

/** Invitations: an account created without a password gets a link to choose it. */
@Injectable()
export class Invitations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordPolicy,
    private readonly audit: AuditTrail,
    private readonly config: AppConfig,
    private readonly invalidation: CacheInvalidation,
  ) {}

  /** A new link for the account (earlier ones stop working), emailed through the outbox. */
  async issue(manager: EntityManager, userId: string): Promise<void> {
    const link = await issueLink(manager, this.config.auth.jwtSecret, {
      userId,
      purpose: 'invitation',
      ttlMs: this.config.auth.invitationTtlHours * 3_600_000,
    });
    await publishToOutbox(manager, 'account.notice', {
      kind: 'invitation',
      userId,
      key: `invitation:${link.id}`,
      linkId: link.id,
      expiresAt: link.expiresAt.toISOString(),
    });
  }

  /** The admin's re-send: only an account still waiting for its owner has one. */
  async resend(actor: Actor, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const status = await userStatusForUpdate(manager, userId);
      if (!status) throw new NotFound(`No user with id ${userId}`);
      if (!status.active || status.hasPassword)
        throw new Conflict(
          'Only an active account whose owner has not chosen a password yet can be invited.',
        );
      await this.issue(manager, userId);
      await this.audit.record(manager, actor, {
        action: 'user.invitation_resent',
        entityType: 'user',
        entityId: userId,
      });
    });
  }

  /** The owner chooses a password with the emailed link; the link is used up. */
  async accept(
    token: string,
    password: string,
    request: Omit<AuditContext, 'id' | 'email'>,
  ): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const used = await consumeAccountToken(manager, 'invitation', linkTokenHash(token));
      if (!used) throw invalidField('token', INVALID_LINK);
      const { email } = await setPassword(manager, used.userId, passwordHash);
      await this.audit.record(
        manager,
        { ...request, id: used.userId, email },
        { action: 'auth.invitation_accepted', entityType: 'user', entityId: used.userId },
      );
      return used.userId;
    });
    await this.invalidation.invalidate(ACTORS_CACHE, userId);
  }
}
