import { User } from '@app/auth';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const EMAIL_KINDS = [
  'digest',
  'reminder_due',
  'reminder_overdue',
  'reminder_review',
  'sign_in_failures',
  'workflow_notice',
  'workflow_batch',
  'invitation',
  'password_reset',
  'password_changed',
  'two_factor_reset',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One email the tracker means to send, recorded before it is sent under its idempotency key
 * (recipient, kind, subject period, schedule window): a retried or duplicated job finds the row
 * and never sends twice.
 */
@Entity('email_delivery')
@Check(
  'email_delivery_kind_valid',
  `"kind" IN ('digest', 'reminder_due', 'reminder_overdue', 'reminder_review', 'sign_in_failures', 'workflow_notice', 'workflow_batch', 'invitation', 'password_reset', 'password_changed', 'two_factor_reset')`,
)
@Check('email_delivery_status_valid', `"status" IN ('pending', 'sending', 'sent', 'failed')`)
@Index('email_delivery_user_kind_idx', ['userId', 'kind', 'sentAt'])
@Index('email_delivery_created_at_idx', ['createdAt'])
export class EmailDelivery {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text', unique: true })
  idempotencyKey!: string;

  @Column({ type: 'text' })
  kind!: EmailKind;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  subject!: string;

  /** The schedule window the email belongs to, e.g. `weekly:2026-W48` or `2025:due-soon`. */
  @Column({ type: 'text' })
  window!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** While `sending`: until when the sender holds it (a crashed sender's claim runs out). */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  /** What the email reported: a digest's figures are the baseline of the next one's changes. */
  @Column({ type: 'jsonb', nullable: true })
  content!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
