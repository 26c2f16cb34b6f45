import { Action, Country, ReportingPeriod } from '@app/reference';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { ImplementationStatus, Sensitivity } from '@app/domain';
import { ChecklistAnswer } from './checklist-answer.entity';
import { EvidenceItem } from './evidence-item.entity';
import { Reviewable } from './reviewable';

/** How a country implements one Objective 9 action in one period: one per country × period × action. */
@Entity('report')
@Unique('report_country_period_action_key', ['countryIso3', 'periodCode', 'actionCode'])
@Index('report_review_queue_idx', ['state', 'submittedAt'])
@Index('report_period_action_idx', ['periodCode', 'actionCode'])
@Check(
  'report_status_valid',
  `"status" IN ('not_started', 'planned', 'in_progress', 'partially_implemented', 'implemented', 'not_applicable')`,
)
@Check(
  'report_areas_valid',
  `"areas" <@ ARRAY[1, 2, 3, 4]::smallint[] AND cardinality("areas") BETWEEN 1 AND 4`,
)
@Check('report_state_valid', `"state" IN ('draft', 'submitted', 'returned', 'validated')`)
@Check('report_version_positive', `"version" >= 1`)
@Check('report_sensitivity_valid', `"sensitivity" IN ('public', 'regional', 'national')`)
export class Report extends Reviewable {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 3 })
  countryIso3!: string;

  @Column({ type: 'char', length: 4 })
  periodCode!: string;

  @Column({ type: 'char', length: 1 })
  actionCode!: string;

  @Column({ type: 'text', default: 'not_started' })
  status!: ImplementationStatus;

  @Column({ type: 'text', default: '' })
  narrative!: string;

  /** Who may read the narrative and the checklist notes (the policy in libs/domain). */
  @Column({ type: 'text', default: 'regional' })
  sensitivity!: Sensitivity;

  /** The Work Plan areas the report serves (defaults from the action's mapping). */
  @Column({ type: 'smallint', array: true })
  areas!: number[];

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3' })
  country?: Country;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_code' })
  period?: ReportingPeriod;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_code' })
  action?: Action;

  @OneToMany(() => ChecklistAnswer, (answer) => answer.report)
  checklist?: ChecklistAnswer[];

  @OneToMany(() => EvidenceItem, (item) => item.report)
  evidence?: EvidenceItem[];
}
