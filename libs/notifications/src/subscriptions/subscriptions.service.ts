import { AuditContext, AuditTrail } from '@app/audit';
import { invalidField } from '@app/problems';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DigestFrequency } from '../entities';
import { UnsubscribeTokens } from './unsubscribe-tokens';

export interface SubscriptionView {
  id: string;
  process: string;
  processName: string;
  frequency: DigestFrequency;
  createdAt: string;
}

const SELECT = `SELECT s.id, s.process_code AS process, p.name AS "processName", s.frequency, s.created_at AS "createdAt"
                  FROM subscription s JOIN regional_process p ON p.code = s.process_code`;

const toView = (row: SubscriptionView & { createdAt: Date | string }): SubscriptionView => ({
  ...row,
  createdAt: new Date(row.createdAt).toISOString(),
});

/** Who gets which regional digest, how often. Every change is audited. */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async list(userId: string, manager: EntityManager = this.dataSource.manager) {
    await this.assertUser(manager, userId);
    const rows = await manager.query(
      `${SELECT} WHERE s.user_id = $1 ORDER BY p.sort_order, s.process_code`,
      [userId],
    );
    return rows.map(toView) as SubscriptionView[];
  }

  /** Subscribes a user to a process's digest, or changes how often they get it. */
  async subscribe(
    context: AuditContext,
    userId: string,
    command: { process: string; frequency: DigestFrequency },
  ): Promise<{ subscription: SubscriptionView; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertUser(manager, userId);
      const [process] = await manager.query(`SELECT code FROM regional_process WHERE code = $1`, [
        command.process,
      ]);
      if (!process)
        throw invalidField('process', `no regional process with code "${command.process}"`);
      const [before] = await manager.query(
        `${SELECT} WHERE s.user_id = $1 AND s.process_code = $2 FOR UPDATE OF s`,
        [userId, command.process],
      );
      // xmax = 0: this statement inserted the row (a concurrent first subscribe updated it).
      const [{ id, created }] = await manager.query(
        `INSERT INTO subscription (user_id, process_code, frequency) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, process_code) DO UPDATE SET frequency = EXCLUDED.frequency
         RETURNING id, (xmax = 0) AS created`,
        [userId, command.process, command.frequency],
      );
      const [after] = await manager.query(`${SELECT} WHERE s.id = $1`, [id]);
      const subscription = toView(after);
      if (created || (before && before.frequency !== command.frequency)) {
        await this.audit.record(manager, context, {
          action: created ? 'subscription.created' : 'subscription.updated',
          entityType: 'subscription',
          entityId: id,
          before: before ? { userId, ...toView(before) } : null,
          after: { userId, ...subscription },
        });
      }
      return { subscription, created };
    });
  }

  async unsubscribe(context: AuditContext, userId: string, subscriptionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const removed = await this.remove(manager, context, userId, [subscriptionId], 'api');
      if (removed.length === 0)
        throw new NotFoundException(`No subscription ${subscriptionId} for this user`);
    });
  }

  /** Ends the subscriptions an email's unsubscribe link names; works without signing in. */
  async unsubscribeWithToken(
    token: string,
    request: { requestId: string | null; ip: string | null },
  ): Promise<{ valid: boolean; removed: SubscriptionView[] }> {
    const claims = this.tokens.verify(token);
    if (!claims) return { valid: false, removed: [] };
    const removed = await this.dataSource.transaction((manager) =>
      this.remove(
        manager,
        { id: claims.u, email: null, ...request },
        claims.u,
        claims.s,
        'email link',
      ),
    );
    return { valid: true, removed };
  }

  /** What a still-valid link would end: for the confirmation page. */
  async describeToken(token: string): Promise<SubscriptionView[] | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    const rows = await this.dataSource.query(
      `${SELECT} WHERE s.user_id = $1 AND s.id = ANY($2::uuid[]) ORDER BY p.sort_order`,
      [claims.u, claims.s],
    );
    return rows.map(toView);
  }

  unsubscribeLink(userId: string, subscriptionIds: string[]): string {
    return this.tokens.sign(userId, subscriptionIds);
  }

  private async remove(
    manager: EntityManager,
    context: AuditContext,
    userId: string,
    ids: string[],
    via: string,
  ): Promise<SubscriptionView[]> {
    const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const rows = await manager.query(
      `${SELECT} WHERE s.user_id = $1 AND s.id = ANY($2::uuid[]) FOR UPDATE OF s`,
      [userId, uuids],
    );
    const removed: SubscriptionView[] = rows.map(toView);
    if (removed.length === 0) return removed;
    await manager.query(`DELETE FROM subscription WHERE id = ANY($1::uuid[])`, [
      removed.map((s) => s.id),
    ]);
    for (const subscription of removed) {
      await this.audit.record(manager, context, {
        action: 'subscription.deleted',
        entityType: 'subscription',
        entityId: subscription.id,
        before: { userId, ...subscription },
        after: { via },
      });
    }
    return removed;
  }

  private async assertUser(manager: EntityManager, userId: string): Promise<void> {
    const [user] = await manager.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId]);
    if (!user) throw new NotFoundException(`No user with id ${userId}`);
  }
}
