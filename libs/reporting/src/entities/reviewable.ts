import { User } from '@app/auth';
import { Column, CreateDateColumn, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import type { WorkflowState } from '@app/domain';

/**
 * The columns every reviewed record shares (a report, a country's indicator values): workflow
 * state, version for optimistic concurrency, who did what when, and the content at validation.
 */
export abstract class Reviewable {
  @Column({ type: 'text', default: 'draft' })
  state!: WorkflowState;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** The coordinator's comment when returning, or the reason for reopening. */
  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  validatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  validatedBy!: string | null;

  /** The content as last validated, so a reviewer sees what changed since. */
  @Column({ type: 'jsonb', nullable: true })
  validatedContent!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid' })
  updatedBy!: string;

  // Accounts are deactivated, never deleted, so these references always resolve.
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: User;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updater?: User;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: User | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reviewed_by' })
  reviewer?: User | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'validated_by' })
  validator?: User | null;
}
