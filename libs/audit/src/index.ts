export { AuditEvent } from './audit-event.entity';
export { AuditModule } from './audit.module';
export { auditEventWrite } from './audit-event.queries';
export { AuditTrail } from './audit-trail.service';
export type { AuditContext, AuditEventView, AuditFilter, AuditRecord } from './audit-trail.service';
