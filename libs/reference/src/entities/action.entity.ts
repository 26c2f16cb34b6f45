import {
  Check,
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Objective } from './objective.entity';
import { SdgTarget } from './sdg-target.entity';
import { WorkPlanArea } from './work-plan-area.entity';

export const ACTION_CODES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type ActionCode = (typeof ACTION_CODES)[number];

/** One of Objective 9's actions (a)-(f), in the Compact's own words. */
@Entity('action')
@Check('action_code_valid', `"code" IN ('a', 'b', 'c', 'd', 'e', 'f')`)
export class Action {
  @PrimaryColumn({ type: 'char', length: 1 })
  code!: ActionCode;

  @Column({ type: 'text' })
  objectiveCode!: string;

  @Column({ type: 'text' })
  shortTitle!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  protocolArticles!: string;

  @ManyToOne(() => Objective, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_code' })
  objective?: Objective;

  /** Default Work Plan areas a report on this action serves (admin-editable data). */
  @ManyToMany(() => WorkPlanArea)
  @JoinTable({
    name: 'action_area',
    joinColumn: { name: 'action_code', referencedColumnName: 'code' },
    inverseJoinColumn: { name: 'area_code', referencedColumnName: 'code' },
  })
  areas?: WorkPlanArea[];

  @ManyToMany(() => SdgTarget)
  @JoinTable({
    name: 'action_sdg_target',
    joinColumn: { name: 'action_code', referencedColumnName: 'code' },
    inverseJoinColumn: { name: 'sdg_target_code', referencedColumnName: 'code' },
  })
  sdgTargets?: SdgTarget[];
}
