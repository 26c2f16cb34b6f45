import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Source } from './source.entity';

/** A GCM objective (this tracker follows Objective 9) with its commitment in the Compact's words. */
@Entity('objective')
export class Objective {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'smallint', unique: true })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  commitment!: string;

  @Column({ type: 'text' })
  sourceId!: string;

  @Column({ type: 'text' })
  sourceReference!: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: Source;
}
