import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change or security event, written in the same transaction as the change. Append-only:
 * a database trigger rejects UPDATE and DELETE on this table.
 */
@Entity('audit_event')
@Index(['entityType', 'entityId', 'id'])
@Index(['occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  /** What happened, as `<entity>.<verb>`: report.updated, report.validated, auth.login_failed… */
  @Index()
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;
}
