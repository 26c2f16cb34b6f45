import { Country, ReportingPeriod } from '@app/reference';
import { Check, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { IndicatorValue } from './indicator-value.entity';
import { Reviewable } from './reviewable';

/** A country's indicator values for one period, reviewed as one record. */
@Entity('indicator_set')
@Index('indicator_set_review_queue_idx', ['state', 'submittedAt'])
@Check('indicator_set_state_valid', `"state" IN ('draft', 'submitted', 'returned', 'validated')`)
@Check('indicator_set_version_positive', `"version" >= 1`)
export class IndicatorSet extends Reviewable {
  @PrimaryColumn({ type: 'char', length: 3 })
  countryIso3!: string;

  @PrimaryColumn({ type: 'char', length: 4 })
  periodCode!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3' })
  country?: Country;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_code' })
  period?: ReportingPeriod;

  @OneToMany(() => IndicatorValue, (value) => value.set)
  values?: IndicatorValue[];
}
