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
  Unique,
} from 'typeorm';

/** What happened to a record, as its recipients are told. */
export const NOTIFICATION_KINDS = [
  'record_submitted',
  'record_resubmitted',
  'record_returned',
  'record_validated',
  'record_reopened',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a user wants email about a kind: at once (coordinators: hourly batch), in the digest, or none. */
export const NOTIFICATION_DELIVERIES = ['immediately', 'digest', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/**
 * One in-app notification of a workflow transition to one recipient. `eventKey` names the
 * transition (record and version): a replayed outbox message finds the row and adds nothing.
 */
@Entity('notification')
@Unique('notification_event_user_key', ['eventKey', 'userId'])
@Index('notification_user_idx', ['userId', 'occurredAt'])
@Index('notification_unread_idx', ['userId'], { where: '"read_at" IS NULL' })
@Check(
  'notification_kind_valid',
  `"kind" IN ('record_submitted', 'record_resubmitted', 'record_returned', 'record_validated', 'record_reopened')`,
)
@Check('notification_email_valid', `"email" IN ('immediately', 'digest', 'off')`)
@Check('notification_record_type_valid', `"record_type" IN ('report', 'indicator_set')`)
export class Notification {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /** `report:MEX:2025:d:v4`: the record and its version after the transition. */
  @Column({ type: 'text' })
  eventKey!: string;

  @Column({ type: 'text' })
  recordType!: 'report' | 'indicator_set';

  @Column({ type: 'char', length: 3 })
  country!: string;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text', nullable: true })
  action!: string | null;

  /** Who made the transition. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The return comment or reopening reason. */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** How email tells of it, from the recipient's preference when it was created. */
  @Column({ type: 'text' })
  email!: NotificationDelivery;

  /** When the transition happened (lists are in this order; jobs may create rows out of it). */
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** When the row was made: the coordinators' batch window it falls in. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;
}

/** A user's choice for one kind; a kind without a row is sent immediately. */
@Entity('notification_preference')
@Check(
  'notification_preference_kind_valid',
  `"kind" IN ('record_submitted', 'record_resubmitted', 'record_returned', 'record_validated', 'record_reopened')`,
)
@Check('notification_preference_delivery_valid', `"delivery" IN ('immediately', 'digest', 'off')`)
export class NotificationPreference {
  @Column({ type: 'uuid', primary: true })
  userId!: string;

  @Column({ type: 'text', primary: true })
  kind!: NotificationKind;

  @Column({ type: 'text' })
  delivery!: NotificationDelivery;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
