import { RegionalProcess, ReportingPeriod } from '@app/reference';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { SummaryData } from './summary-data';

/** The stored regional summary of a process and period, rewritten whole by each recompute. */
@Entity('summary_snapshot')
export class SummarySnapshot {
  @PrimaryColumn({ type: 'text' })
  processCode!: string;

  @PrimaryColumn({ type: 'char', length: 4 })
  periodCode!: string;

  @Column({ type: 'jsonb' })
  data!: SummaryData;

  /** When it was last computed (a recompute that changes nothing still moves this). */
  @Column({ type: 'timestamptz' })
  computedAt!: Date;

  /** The newest change to the process's reports and indicators that it includes. */
  @Column({ type: 'timestamptz', nullable: true })
  newestChangeAt!: Date | null;

  @ManyToOne(() => RegionalProcess, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_code' })
  process?: RegionalProcess;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_code' })
  period?: ReportingPeriod;
}
