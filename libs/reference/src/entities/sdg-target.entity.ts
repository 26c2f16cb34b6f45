import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A Sustainable Development Goal target (A/RES/70/1). */
@Entity('sdg_target')
@Check('sdg_target_code_format', `"code" ~ '^[0-9]{1,2}\\.[0-9a-z]{1,2}$'`)
export class SdgTarget {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'smallint' })
  goal!: number;

  @Column({ type: 'text' })
  text!: string;
}
