import { User } from '@app/auth';
import { RegionalProcess } from '@app/reference';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

export const DIGEST_FREQUENCIES = ['weekly', 'monthly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** A user's wish to get a regional process's digest by email, weekly or monthly. */
@Entity('subscription')
@Unique('subscription_user_process_key', ['userId', 'processCode'])
@Check('subscription_frequency_valid', `"frequency" IN ('weekly', 'monthly')`)
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  processCode!: string;

  @Column({ type: 'text' })
  frequency!: DigestFrequency;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne(() => RegionalProcess, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_code' })
  process?: RegionalProcess;
}
