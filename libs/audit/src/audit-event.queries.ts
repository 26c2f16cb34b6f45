import { sqlWrites, SqlWrite } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { AuditContext, AuditRecord } from './audit-trail.service';

const json = (value: unknown) =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** The insert of an audit event, to run alone or with the change it records (`sqlWrites`). */
export function auditEventWrite(context: AuditContext, record: AuditRecord): SqlWrite {
  return {
    text: `INSERT INTO audit_event (actor_id, actor_email, request_id, ip, action, entity_type, entity_id, before, after)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
    values: [
      context.id,
      context.email,
      context.requestId,
      context.ip,
      record.action,
      record.entityType,
      record.entityId,
      json(record.before),
      json(record.after),
    ],
  };
}

/** Appends an event in the caller's transaction. */
export async function insertAuditEvent(
  db: EntityManager,
  context: AuditContext,
  record: AuditRecord,
): Promise<void> {
  await sqlWrites(db, [auditEventWrite(context, record)]);
}
