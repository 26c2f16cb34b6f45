import { User } from '@app/auth';
import type { CommentPartKind, ThreadResolution } from '@app/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A comment on a part of a reviewed record (a checklist item, an evidence item, an indicator
 * cell, or the whole record). The first comment of a thread holds whether the thread is open;
 * replies name their thread and repeat its part.
 */
@Entity('record_comment')
@Index('record_comment_record_idx', ['recordType', 'entityId', 'createdAt'])
@Check('record_comment_type_valid', `"record_type" IN ('report', 'indicator_set')`)
@Check(
  'record_comment_part_valid',
  `"part_kind" IN ('record', 'checklist', 'evidence', 'indicator') AND ("part_kind" = 'record') = ("part_key" IS NULL)`,
)
@Check(
  'record_comment_resolution_valid',
  `"resolution" IN ('answered', 'changed', 'resolved') AND "thread_id" IS NULL OR "resolution" IS NULL`,
)
@Check('record_comment_body_length', `char_length("body") BETWEEN 1 AND 2000`)
export class RecordComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The reviewed table: report, indicator_set. */
  @Column({ type: 'text' })
  recordType!: string;

  /** The record as the audit trail names it (a report's id, `MEX/2025` for indicator values). */
  @Column({ type: 'text' })
  entityId!: string;

  /** The thread's first comment; null on that first comment. */
  @Column({ type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ type: 'text' })
  partKind!: CommentPartKind;

  @Column({ type: 'text', nullable: true })
  partKey!: string | null;

  @Column({ type: 'text' })
  body!: string;

  /** The record's version when the comment was written: what a change is counted from. */
  @Column({ type: 'integer' })
  recordVersion!: number;

  @Column({ type: 'uuid' })
  authorId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  resolution!: ThreadResolution | null;

  @ManyToOne(() => RecordComment, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'thread_id' })
  thread?: RecordComment | null;

  // Accounts are deactivated, never deleted.
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'resolved_by' })
  resolver?: User | null;
}
