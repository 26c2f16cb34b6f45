import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReferenceFigure } from './reference-figure.entity';

/** A regional consultative process on migration (the RCM first). */
@Entity('regional_process')
@Check('regional_process_code_format', `"code" ~ '^[A-Z][A-Z0-9-]{1,15}$'`)
export class RegionalProcess {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'smallint' })
  sortOrder!: number;

  /** ISO 639-1 codes; empty where no source states them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  workingLanguages!: string[];

  /** Where no member list was found, the published totals (a figure) stand in for it. */
  @Column({ type: 'text', nullable: true })
  membersFigureId!: string | null;

  @ManyToOne(() => ReferenceFigure, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'members_figure_id' })
  membersFigure?: ReferenceFigure | null;
}
