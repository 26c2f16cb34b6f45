import { RegionalProcess, ReportingPeriod } from '@app/reference';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MemberLevelView } from './member-levels';
import type { PublicSummaryView } from './public-summary';

/** A frozen public view of a regional summary: written once, later only withdrawn. */
@Entity('publication')
@Unique('publication_version_key', ['processCode', 'periodCode', 'version'])
export class Publication {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) processCode!: string;
  @Column({ type: 'char', length: 4 }) periodCode!: string;
  /** 1, 2, … per process and period. */
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) note!: string;
  @Column({ type: 'jsonb' }) content!: PublicSummaryView;
  /** Each member's implementation level; null in versions published before levels were frozen. */
  @Column({ type: 'jsonb', nullable: true }) memberLevels!: MemberLevelView[] | null;
  /** SHA-256 of the canonical JSON of the content (with the member levels, where frozen), hex. */
  @Column({ type: 'char', length: 64 }) contentHash!: string;
  @Column({ type: 'timestamptz' }) publishedAt!: Date;
  @Column({ type: 'uuid' }) publishedBy!: string;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ type: 'text', nullable: true }) withdrawalReason!: string | null;

  @ManyToOne(() => RegionalProcess, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'process_code' })
  process?: RegionalProcess;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_code' })
  period?: ReportingPeriod;
}
