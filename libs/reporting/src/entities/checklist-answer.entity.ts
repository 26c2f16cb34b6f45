import { ChecklistItem } from '@app/reference';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { ChecklistAnswer as Answer } from '@app/domain';
import { Report } from './report.entity';

/** A report's answer to one checklist item of its action. */
@Entity('report_checklist_answer')
@Check('report_checklist_answer_valid', `"answer" IN ('yes', 'partial', 'no', 'unknown')`)
export class ChecklistAnswer {
  @PrimaryColumn({ type: 'uuid' })
  reportId!: string;

  @PrimaryColumn({ type: 'text' })
  itemCode!: string;

  @Column({ type: 'text' })
  answer!: Answer;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne(() => Report, (report) => report.checklist, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<Report>;

  @ManyToOne(() => ChecklistItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_code' })
  item?: ChecklistItem;
}
