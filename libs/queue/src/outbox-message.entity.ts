import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work for the background jobs, written in the same transaction as the change that causes it,
 * so nothing is lost between the database and Redis. A relay moves rows into Bull.
 */
@Entity('outbox_message')
@Index('outbox_message_pending_idx', ['id'], { where: '"processed_at" IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
