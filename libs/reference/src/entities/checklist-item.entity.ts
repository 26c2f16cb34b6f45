import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Action, ActionCode } from './action.entity';
import { WorkPlanArea } from './work-plan-area.entity';

/** Where a checklist answer can be pre-filled from: the treaty record of the country. */
export const CHECKLIST_PREFILLS = ['treaty:SOM', 'treaty:UNTOC'] as const;
export type ChecklistPrefill = (typeof CHECKLIST_PREFILLS)[number];

/** A yes/partial/no/unknown question for one action, grounded in an article of the Protocol. */
@Entity('checklist_item')
@Check(
  'checklist_item_code_format',
  `"code" ~ '^[a-f][0-9]{1,2}$' AND left("code", 1) = "action_code"`,
)
@Check('checklist_item_prefill_valid', `"prefill" IN ('treaty:SOM', 'treaty:UNTOC')`)
export class ChecklistItem {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Index()
  @Column({ type: 'char', length: 1 })
  actionCode!: ActionCode;

  @Column({ type: 'smallint' })
  sortOrder!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  protocolReference!: string;

  /** Set where the item serves another Work Plan area than its action (d7 serves area 3). */
  @Column({ type: 'smallint', nullable: true })
  areaCode!: number | null;

  @Column({ type: 'text', nullable: true })
  prefill!: ChecklistPrefill | null;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_code' })
  action?: Action;

  @ManyToOne(() => WorkPlanArea, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_code' })
  area?: WorkPlanArea | null;
}
