import type { Sensitivity } from '@app/domain';
import { Indicator } from '@app/reference';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { IndicatorSet } from './indicator-set.entity';

/** One cell of an indicator: the total (sex and age `all`), a sex, or a sex × age group. */
@Entity('indicator_value')
@Check('indicator_value_non_negative', `"value" >= 0`)
@Check('indicator_value_sex_valid', `"sex" IN ('all', 'female', 'male', 'unknown')`)
@Check('indicator_value_age_valid', `"age_group" IN ('all', 'child', 'adult', 'unknown')`)
@Check('indicator_value_total_has_no_age', `"sex" <> 'all' OR "age_group" = 'all'`)
@Check('indicator_value_sensitivity_valid', `"sensitivity" IN ('public', 'regional', 'national')`)
export class IndicatorValue {
  @PrimaryColumn({ type: 'char', length: 3 })
  countryIso3!: string;

  @PrimaryColumn({ type: 'char', length: 4 })
  periodCode!: string;

  @PrimaryColumn({ type: 'text' })
  indicatorCode!: string;

  @PrimaryColumn({ type: 'text' })
  sex!: string;

  @PrimaryColumn({ type: 'text' })
  ageGroup!: string;

  @Column({ type: 'integer' })
  value!: number;

  /** Who may read the indicator's values: the same on every cell of one indicator. */
  @Column({ type: 'text', default: 'public' })
  sensitivity!: Sensitivity;

  @ManyToOne(() => IndicatorSet, (set) => set.values, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'country_iso3', referencedColumnName: 'countryIso3' },
    { name: 'period_code', referencedColumnName: 'periodCode' },
  ])
  set?: Relation<IndicatorSet>;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_code' })
  indicator?: Indicator;
}
