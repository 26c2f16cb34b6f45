import { AuditTrail } from '@app/audit';
import type { Actor } from '@app/auth';
import { publishToOutbox } from '@app/queue';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecordKey } from './record-kind';
import { RecordListsCache } from './record-lists-cache';
import type { ReviewedTable } from './record.queries';

/** A change to a reviewed record, as the audit trail keeps it. */
export interface RecordChange {
  table: ReviewedTable;
  entityId: string;
  /** created, updated, submitted, returned… */
  verb: string;
  before: unknown;
  after: unknown;
  key: RecordKey;
}

/**
 * Every change to a reviewed record leaves the same two traces, in its transaction: an audit
 * event, and an outbox message telling the regional summaries of its country and period to
 * recount (drafts count in "not yet validated", reviews change what is validated). Once it
 * commits, the cached lists of its table and period are dropped in every API process.
 */
@Injectable()
export class RecordChanges {
  constructor(
    private readonly audit: AuditTrail,
    private readonly lists: RecordListsCache,
  ) {}

  async record(db: EntityManager, actor: Actor, change: RecordChange): Promise<void> {
    await this.audit.record(db, actor, {
      action: `${change.table.name}.${change.verb}`,
      entityType: change.table.name,
      entityId: change.entityId,
      before: change.before,
      after: change.after,
    });
    await publishToOutbox(db, 'reporting.changed', {
      country: change.key.country,
      period: change.key.period,
    });
    await this.lists.changed(db, change.table, change.key.period);
  }
}
