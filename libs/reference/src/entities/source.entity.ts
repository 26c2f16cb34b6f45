import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A cited source of reference data (`data/reference/sources.csv`). */
@Entity('source')
@Check('source_id_format', `"id" ~ '^[A-Z][A-Za-z0-9._-]*$'`)
export class Source {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text' })
  usedFor!: string;
}
