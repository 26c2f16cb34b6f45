import { AuditContext, AuditTrail } from '@app/audit';
import { invalidField, NotFound } from '@app/problems';
import { ProcessesService } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DigestFrequency } from '../entities';
import {
  deleteSubscriptions,
  lockSubscriptions,
  lockSubscriptionTo,
  subscriptionById,
  SubscriptionRow,
  subscriptionsByIds,
  subscriptionsOf,
  upsertSubscription,
  userExists,
} from './subscription.queries';
import { UnsubscribeTokens } from './unsubscribe-tokens';

export interface SubscriptionView extends Omit<SubscriptionRow, 'createdAt'> {
  createdAt: string;
}

const toView = (row: SubscriptionRow): SubscriptionView => ({
  ...row,
  createdAt: new Date(row.createdAt).toISOString(),
});

const UUID = /^[0-9a-f-]{36}$/i;

/** Who gets which regional digest, how often. Every change is audited. */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly tokens: UnsubscribeTokens,
    private readonly processes: ProcessesService,
  ) {}

  async list(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubscriptionView[]> {
    await this.assertUser(manager, userId);
    return (await subscriptionsOf(manager, userId)).map(toView);
  }

  /** Subscribes a user to a process's digest, or changes how often they get it. */
  async subscribe(
    context: AuditContext,
    userId: string,
    command: { process: string; frequency: DigestFrequency },
  ): Promise<{ subscription: SubscriptionView; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertUser(manager, userId);
      if (!(await this.processes.exists(command.process, manager)))
        throw invalidField('process', `no regional process with code "${command.process}"`);
      const before = await lockSubscriptionTo(manager, userId, command.process);
      const { id, created } = await upsertSubscription(manager, userId, command);
      const subscription = toView((await subscriptionById(manager, id))!);
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
        throw new NotFound(`No subscription ${subscriptionId} for this user`);
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
    return (await subscriptionsByIds(this.dataSource.manager, claims.u, claims.s)).map(toView);
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
    const rows = await lockSubscriptions(
      manager,
      userId,
      ids.filter((id) => UUID.test(id)),
    );
    const removed = rows.map(toView);
    if (removed.length === 0) return removed;
    await deleteSubscriptions(
      manager,
      removed.map((s) => s.id),
    );
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
    if (!(await userExists(manager, userId))) throw new NotFound(`No user with id ${userId}`);
  }
}
