import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Country } from './country.entity';
import { Treaty, TreatyCode } from './treaty.entity';

export const CONSENT_KINDS = [
  'ratification',
  'accession',
  'acceptance',
  'approval',
  'succession',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const PARTICIPATION_STATUSES = ['party', 'signatory', 'unconfirmed'] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

export const PARTICIPATION_ORIGINS = ['seed', 'untc_import'] as const;
export type ParticipationOrigin = (typeof PARTICIPATION_ORIGINS)[number];

/**
 * A participant's status in a treaty, with its provenance. A party with an unknown consent date
 * is a party today but is left out of every dated count; no date is ever guessed.
 */
@Entity('treaty_participation')
@Check('treaty_participation_status_valid', `"status" IN ('party', 'signatory', 'unconfirmed')`)
@Check(
  'treaty_participation_consent_kind_valid',
  `"consent_kind" IN ('ratification', 'accession', 'acceptance', 'approval', 'succession')`,
)
@Check('treaty_participation_untc_code_valid', `"untc_action_code" IN ('a', 'A', 'AA', 'd')`)
@Check('treaty_participation_origin_valid', `"origin" IN ('seed', 'untc_import')`)
@Check(
  'treaty_participation_signatory_has_signature',
  `"status" <> 'signatory' OR ("signature_date" IS NOT NULL AND "consent_date" IS NULL)`,
)
@Check(
  'treaty_participation_participant_is_country',
  `"country_iso3" IS NULL OR "participant" = "country_iso3"`,
)
@Check('treaty_participation_sources_present', `cardinality("source_ids") > 0`)
export class TreatyParticipation {
  @PrimaryColumn({ type: 'text' })
  treatyCode!: TreatyCode;

  /** The country's ISO3 code, or a name for participants without one (the European Union). */
  @PrimaryColumn({ type: 'text' })
  participant!: string;

  @Index()
  @Column({ type: 'char', length: 3, nullable: true })
  countryIso3!: string | null;

  @Column({ type: 'text' })
  participantName!: string;

  @Column({ type: 'text' })
  status!: ParticipationStatus;

  @Column({ type: 'date', nullable: true })
  signatureDate!: string | null;

  /** Date of ratification, accession, acceptance, approval or succession. */
  @Column({ type: 'date', nullable: true })
  consentDate!: string | null;

  @Column({ type: 'text', nullable: true })
  consentKind!: ConsentKind | null;

  @Column({ type: 'text', nullable: true })
  untcActionCode!: string | null;

  @Column({ type: 'text', array: true })
  sourceIds!: string[];

  /** When the source saw this status: a date, or the source's own words ("capture undated"). */
  @Column({ type: 'text' })
  statusAsOf!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Seeded rows follow the data files; imported rows are never overwritten by a seed. */
  @Column({ type: 'text', default: 'seed' })
  origin!: ParticipationOrigin;

  @ManyToOne(() => Treaty, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'treaty_code' })
  treaty?: Treaty;

  @ManyToOne(() => Country, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3' })
  country?: Country | null;
}
