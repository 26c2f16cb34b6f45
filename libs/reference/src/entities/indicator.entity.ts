import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Action, ActionCode } from './action.entity';
import { WorkPlanArea } from './work-plan-area.entity';

export const DISAGGREGATIONS = ['none', 'sex', 'sex_age'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

export const SEXES = ['female', 'male', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const AGE_GROUPS = ['child', 'adult', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** A quantitative indicator reported per country and period, as non-negative integers. */
@Entity('indicator')
@Check('indicator_code_format', `"code" ~ '^[A-Z][A-Z0-9_]{2,63}$'`)
@Check('indicator_disaggregation_valid', `"disaggregation" IN ('none', 'sex', 'sex_age')`)
export class Indicator {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'smallint' })
  sortOrder!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  disaggregation!: Disaggregation;

  @Column({ type: 'char', length: 1 })
  actionCode!: ActionCode;

  @Column({ type: 'smallint' })
  areaCode!: number;

  @Column({ type: 'text', nullable: true })
  sdgIndicator!: string | null;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_code' })
  action?: Action;

  @ManyToOne(() => WorkPlanArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_code' })
  area?: WorkPlanArea;
}
