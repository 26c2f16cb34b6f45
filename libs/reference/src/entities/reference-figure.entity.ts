import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Source } from './source.entity';
import { Treaty } from './treaty.entity';

/** A published number at a date (e.g. Protocol parties in 2024), kept to show data gaps. */
@Entity('reference_figure')
export class ReferenceFigure {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  figure!: string;

  /** As the source states it ("151 / 112", "over 50"): not always a single number. */
  @Column({ type: 'text' })
  value!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  referenceDate!: string;

  /** The treaty a party count is about, when it is one. */
  @Index()
  @Column({ type: 'text', nullable: true })
  treatyCode!: string | null;

  @Column({ type: 'text' })
  sourceId!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: Source;

  @ManyToOne(() => Treaty, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'treaty_code' })
  treaty?: Treaty | null;
}
