import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../user.entity';

export const ACCOUNT_TOKEN_PURPOSES = ['invitation', 'password_reset'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A single-use link sent by email (an invitation, a password reset). Only the token's SHA-256
 * is kept: the database alone cannot sign anyone in.
 */
@Entity('account_token')
@Check('account_token_purpose_valid', `"purpose" IN ('invitation', 'password_reset')`)
@Index('account_token_pending_idx', ['userId', 'purpose'], {
  where: `"used_at" IS NULL AND "revoked_at" IS NULL`,
})
export class AccountToken {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'text' })
  purpose!: AccountTokenPurpose;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
