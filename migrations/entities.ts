import { AuditEvent } from '@app/audit';
import { AccountToken, AuthSession, User } from '@app/auth';
import { OutboxMessage } from '@app/queue';
import { REFERENCE_ENTITIES } from '@app/reference';
import { REPORTING_ENTITIES } from '@app/reporting';
import { SummarySnapshot } from '@app/summaries';
import { Publication } from '@app/publications';
import { NOTIFICATION_ENTITIES } from '@app/notifications';

/** Every entity of every library: what `db:generate` compares the database with. */
export const ALL_ENTITIES = [
  ...REFERENCE_ENTITIES,
  User,
  AccountToken,
  AuthSession,
  AuditEvent,
  OutboxMessage,
  ...REPORTING_ENTITIES,
  SummarySnapshot,
  Publication,
  ...NOTIFICATION_ENTITIES,
];
