import { AuditEventView, AuditTrail } from '@app/audit';
import type { Actor } from '@app/auth';
import { audienceOf } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RecordKey, RecordKind } from './record-kind';
import { missingRecordError } from './record-problems';
import { entityIdOf } from './record.queries';

/** A reviewed record and its history, as anyone allowed to read its country sees them. */
@Injectable()
export class ReadRecord {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** The record; a 404 saying which part of the key is unknown, or that it does not exist yet. */
  async view<Key extends RecordKey, View>(
    kind: RecordKind<Key, View>,
    actor: Actor,
    key: Key,
  ): Promise<View> {
    const db = this.dataSource.manager;
    const view = await kind.view(db, key, actor);
    if (view === undefined) throw await missingRecordError(db, kind, key);
    return view;
  }

  /** Every change and transition of the record, oldest first, as far as the actor may read it. */
  async history<Key extends RecordKey>(
    kind: RecordKind<Key, unknown>,
    actor: Actor,
    key: Key,
  ): Promise<AuditEventView[]> {
    const db = this.dataSource.manager;
    const entityId = await entityIdOf(db, kind.table, kind.keyValues(key));
    if (entityId === undefined) throw await missingRecordError(db, kind, key);
    const audience = audienceOf(actor, key.country) ?? 'public';
    const events = await this.audit.history(kind.table.name, entityId);
    return events.map((event) => ({
      ...event,
      before: kind.auditedShownTo(event.before, audience),
      after: kind.auditedShownTo(event.after, audience),
    }));
  }
}
