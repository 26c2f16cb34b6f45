import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the four areas (ejes) of the RCM Counter-Smuggling Work Plan 2019-2025. */
@Entity('work_plan_area')
@Check('work_plan_area_code_range', `"code" BETWEEN 1 AND 4`)
export class WorkPlanArea {
  @PrimaryColumn({ type: 'smallint' })
  code!: number;

  @Column({ type: 'text' })
  planCode!: string;

  /** In English; the plan's own Spanish and a French are in framework_translation. */
  @Column({ type: 'text' })
  nameEn!: string;
}
