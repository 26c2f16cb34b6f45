import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { insertAuditEvent } from './audit-event.queries';

/** Who did something, and through which request (an Actor satisfies it). */
export interface AuditContext {
  id: string | null;
  email: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actor: { id: string | null; email: string | null };
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

const toView = (event: AuditEvent): AuditEventView => ({
  id: event.id,
  occurredAt: event.occurredAt.toISOString(),
  actor: { id: event.actorId, email: event.actorEmail },
  requestId: event.requestId,
  action: event.action,
  entityType: event.entityType,
  entityId: event.entityId,
  before: event.before ?? null,
  after: event.after ?? null,
});

/** The append-only audit trail: written with the change it records, read by admins. */
@Injectable()
export class AuditTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records an event inside the caller's transaction, so it commits or rolls back with it. */
  record(manager: EntityManager, context: AuditContext, record: AuditRecord): Promise<void> {
    return insertAuditEvent(manager, context, record);
  }

  /** Every event of one entity, oldest first. */
  async history(entityType: string, entityId: string): Promise<AuditEventView[]> {
    const events = await this.dataSource.getRepository(AuditEvent).find({
      where: { entityType, entityId },
      order: { id: 'ASC' },
    });
    return events.map(toView);
  }

  async list(
    filter: AuditFilter,
  ): Promise<{ items: AuditEventView[]; total: number; page: number; pageSize: number }> {
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.entityType)
      query.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('e.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurredAt < :to', { to: filter.to });
    const [events, total] = await query
      .orderBy('e.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items: events.map(toView), total, page: filter.page, pageSize: filter.pageSize };
  }
}
