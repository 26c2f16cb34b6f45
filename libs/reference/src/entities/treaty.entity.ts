import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Source } from './source.entity';

export const TREATY_CODES = ['SOM', 'UNTOC', 'TIP'] as const;
export type TreatyCode = (typeof TREATY_CODES)[number];

/** A treaty whose participation is tracked, with how far its participant table is complete. */
@Entity('treaty')
export class Treaty {
  @PrimaryColumn({ type: 'text' })
  code!: TreatyCode;

  @Column({ type: 'text' })
  name!: string;

  /** Its number in the UN Treaty Collection (MTDSG), e.g. XVIII-12-b. */
  @Column({ type: 'text', unique: true })
  untcReference!: string;

  @Column({ type: 'date', nullable: true })
  entryIntoForceOn!: string | null;

  /** The newest date for which the participant table is known to be complete. */
  @Column({ type: 'date' })
  completeAsOf!: string;

  @Column({ type: 'text' })
  completeSourceId!: string;

  /** What the data does not cover, in words shown with every status answer. */
  @Column({ type: 'text' })
  gap!: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complete_source_id' })
  completeSource?: Source;
}
