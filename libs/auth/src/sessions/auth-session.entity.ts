import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../user.entity';

/**
 * One sign-in and the refresh tokens it rotates through (its family). Only the generation of the
 * current refresh token is kept: older ones are recognised, and their reuse ends the session.
 */
@Entity('auth_session')
@Index('auth_session_user_idx', ['userId'], { where: `"revoked_at" IS NULL` })
export class AuthSession {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  /** The generation of the one refresh token that works now. */
  @Column({ type: 'integer', default: 0 })
  generation!: number;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastUsedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
