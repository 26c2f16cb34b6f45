import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Country } from './country.entity';
import { RegionalProcess } from './regional-process.entity';
import { Source } from './source.entity';

export const MEMBERSHIP_ROLES = ['member', 'observer', 'unspecified'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** A State's part in a regional process, with the role in the source's own words. */
@Entity('process_membership')
@Check('process_membership_role_valid', `"role" IN ('member', 'observer', 'unspecified')`)
export class ProcessMembership {
  @PrimaryColumn({ type: 'text' })
  processCode!: string;

  @Index()
  @PrimaryColumn({ type: 'char', length: 3 })
  countryIso3!: string;

  @Column({ type: 'text' })
  role!: MembershipRole;

  @Column({ type: 'text' })
  roleInSource!: string;

  @Column({ type: 'text' })
  nameInSource!: string;

  @Column({ type: 'text' })
  sourceId!: string;

  @Column({ type: 'text' })
  sourceDate!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne(() => RegionalProcess, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_code' })
  process?: RegionalProcess;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3' })
  country?: Country;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: Source;
}
