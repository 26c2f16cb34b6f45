import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const PERIOD_STATES = ['open', 'closed'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

/** An annual reporting period (code `YYYY`), due on 31 March of the next year. */
@Entity('reporting_period')
@Check('reporting_period_code_format', `"code" ~ '^[0-9]{4}$'`)
@Check('reporting_period_dates_ordered', `"starts_on" <= "ends_on" AND "ends_on" < "due_on"`)
@Check('reporting_period_state_valid', `"state" IN ('open', 'closed')`)
export class ReportingPeriod {
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', default: 'open' })
  state!: PeriodState;
}
