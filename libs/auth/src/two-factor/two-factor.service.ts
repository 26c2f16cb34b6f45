import { AuditTrail } from '@app/audit';
import { AppConfig } from '@app/config';
import { Conflict, invalidField, NotFound } from '@app/problems';
import { publishToOutbox } from '@app/queue';
import { CacheInvalidation } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toString as qrCode } from 'qrcode';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../actor';
import { ACTORS_CACHE } from '../actor.service';
import { revokeUserSessions } from '../sessions/session.queries';
import { RecoveryCodesView, TwoFactorEnrolmentView } from '../views';
import { openTotpSecret, sealTotpSecret } from './secret-box';
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStep, totpUri } from './totp';
import {
  acceptStep,
  disableTwoFactor,
  enableTwoFactor,
  setPendingSecret,
  twoFactorState,
  useRecoveryCode,
} from './two-factor.queries';

const WRONG_CODE = 'this code is not right, or was used already';

/** A second factor (TOTP, RFC 6238) with ten single-use recovery codes. */
@Injectable()
export class TwoFactor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly invalidation: CacheInvalidation,
    private readonly config: AppConfig,
  ) {}

  private get key(): Buffer {
    return this.config.auth.twoFactorKey;
  }

  /** A new secret to scan; it is on only once a code from it is confirmed. */
  async enrol(actor: Actor): Promise<TwoFactorEnrolmentView> {
    const secret = newTotpSecret();
    const sealed = sealTotpSecret(this.key, actor.id, secret);
    if (!(await setPendingSecret(this.dataSource.manager, actor.id, sealed)))
      throw new Conflict('Two-factor sign-in is on already; turn it off first.');
    const otpauthUri = totpUri(secret, actor.email);
    return { secret, otpauthUri, qrSvg: await qrCode(otpauthUri, { type: 'svg' }) };
  }

  /** On from now: a session that could only enrol (REQUIRE_TWO_FACTOR_ROLES) becomes a full one. */
  async confirm(actor: Actor, code: string): Promise<RecoveryCodesView> {
    const confirmed = await this.dataSource.transaction(async (manager) => {
      const state = await twoFactorState(manager, actor.id);
      if (!state?.secret || state.enabled)
        throw new Conflict('Start with POST /api/v1/me/two-factor, or it is on already.');
      const secret = openTotpSecret(this.key, actor.id, state.secret);
      const step = secret === null ? null : totpStep(secret, code);
      if (step === null || !(await acceptStep(manager, actor.id, step)))
        throw invalidField('code', WRONG_CODE);
      const recoveryCodes = newRecoveryCodes();
      await enableTwoFactor(manager, actor.id, recoveryCodes.map(recoveryCodeHash));
      await this.audit.record(manager, actor, {
        action: 'auth.two_factor_enabled',
        entityType: 'user',
        entityId: actor.id,
      });
      return { recoveryCodes };
    });
    await this.invalidation.invalidate(ACTORS_CACHE, actor.id);
    return confirmed;
  }

  async disable(actor: Actor, code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const state = await twoFactorState(manager, actor.id);
      if (!state?.enabled || !state.secret) throw new Conflict('Two-factor sign-in is off.');
      if (!(await this.verify(manager, actor.id, state.secret, code)))
        throw invalidField('code', WRONG_CODE);
      await disableTwoFactor(manager, actor.id);
      await this.audit.record(manager, actor, {
        action: 'auth.two_factor_disabled',
        entityType: 'user',
        entityId: actor.id,
      });
    });
    await this.invalidation.invalidate(ACTORS_CACHE, actor.id);
  }

  /**
   * An admin turns off another account's second factor (a lost phone and codes): every session of
   * the account ends, and its owner is told by email. A role that requires one enrols again at the
   * next sign-in.
   */
  async reset(actor: Actor, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const state = await twoFactorState(manager, userId);
      if (!state) throw new NotFound(`No user with id ${userId}`);
      if (!state.enabled && !state.secret)
        throw new Conflict('Two-factor sign-in is off for this account: nothing to reset.');
      await disableTwoFactor(manager, userId);
      const sessionsEnded = await revokeUserSessions(manager, userId);
      await this.audit.record(manager, actor, {
        action: 'auth.two_factor_reset',
        entityType: 'user',
        entityId: userId,
        before: { twoFactorEnabled: state.enabled },
        after: { twoFactorEnabled: false, sessionsEnded },
      });
      await publishToOutbox(manager, 'account.notice', {
        kind: 'two_factor_reset',
        userId,
        key: `two-factor-reset:${randomUUID()}`,
      });
    });
    await this.invalidation.invalidate(ACTORS_CACHE, userId);
  }

  /**
   * A TOTP code (each 30-second step accepted once) or an unused recovery code. `sealedSecret` is
   * the secret as stored; one the key cannot open (the key was changed) leaves the recovery codes.
   */
  async verify(
    manager: EntityManager,
    userId: string,
    sealedSecret: string,
    code: string,
  ): Promise<boolean> {
    const secret = openTotpSecret(this.key, userId, sealedSecret);
    const step = secret === null ? null : totpStep(secret, code.trim());
    if (step !== null) return acceptStep(manager, userId, step);
    return useRecoveryCode(manager, userId, recoveryCodeHash(code));
  }
}
