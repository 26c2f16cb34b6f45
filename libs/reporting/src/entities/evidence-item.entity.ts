import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { EvidenceKind, Sensitivity } from '@app/domain';
import { Report } from './report.entity';

/** A piece of evidence behind a report: a law, an agreement, a statistic, a campaign… */
@Entity('report_evidence')
@Check(
  'report_evidence_kind_valid',
  `"kind" IN ('legislation', 'regulation', 'policy', 'protocol', 'agreement', 'case_law', 'statistics', 'report', 'training', 'campaign', 'other')`,
)
@Check('report_evidence_sensitivity_valid', `"sensitivity" IN ('public', 'regional', 'national')`)
export class EvidenceItem {
  @PrimaryColumn({ type: 'uuid' })
  reportId!: string;

  @PrimaryColumn({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  kind!: EvidenceKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'date', nullable: true })
  date!: string | null;

  /** Legal reference, e.g. an article of a law. */
  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  /** Who may read the item: regional until the focal point chooses otherwise. */
  @Column({ type: 'text', default: 'regional' })
  sensitivity!: Sensitivity;

  @ManyToOne(() => Report, (report) => report.evidence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<Report>;
}
