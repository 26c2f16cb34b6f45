import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An ISO 3166-1 entry with its UN M49 grouping. */
@Entity('country')
@Check('country_iso3_format', `"iso3" ~ '^[A-Z]{3}$'`)
@Check('country_iso2_format', `"iso2" ~ '^[A-Z]{2}$'`)
@Check('country_m49_format', `"m49" ~ '^[0-9]{3}$'`)
@Check('country_region_pair', `("region" IS NULL) = ("region_code" IS NULL)`)
export class Country {
  @PrimaryColumn({ type: 'char', length: 3 })
  iso3!: string;

  @Column({ type: 'char', length: 2, unique: true })
  iso2!: string;

  @Column({ type: 'char', length: 3, unique: true })
  m49!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The UN Terminology (UNTERM) short name, where the country has one. */
  @Column({ type: 'text', nullable: true })
  untermShortName!: string | null;

  @Column({ type: 'boolean' })
  unMember!: boolean;

  @Column({ type: 'text' })
  unMemberBasis!: string;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Index()
  @Column({ type: 'char', length: 3, nullable: true })
  regionCode!: string | null;

  @Column({ type: 'text', nullable: true })
  subregion!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  subregionCode!: string | null;

  @Column({ type: 'text', nullable: true })
  intermediateRegion!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  intermediateRegionCode!: string | null;

  @Column({ type: 'boolean', default: false })
  ldc!: boolean;

  @Column({ type: 'boolean', default: false })
  lldc!: boolean;

  @Column({ type: 'boolean', default: false })
  sids!: boolean;
}
