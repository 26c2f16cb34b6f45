import { ApiProperty } from '@nestjs/swagger';
import {
  CONSENT_KINDS,
  ConsentKind,
  PARTICIPATION_STATUSES,
  ParticipationStatus,
  TREATY_CODES,
  TreatyCode,
} from '../entities';

export class TreatyCoverageView {
  @ApiProperty({
    example: '2014-07-10',
    description: 'Newest date for which the participant table is complete',
  })
  completeAsOf!: string;
  @ApiProperty({ example: 'ZMJ-18-12-b' }) completeSource!: string;
  @ApiProperty({ example: 'Complete for 2014-07-10 only, plus sourced later events; …' })
  gap!: string;
}

export class CountryTreatyStatusView {
  @ApiProperty({ enum: TREATY_CODES, example: 'SOM' }) treaty!: TreatyCode;
  @ApiProperty({ example: 'Protocol against the Smuggling of Migrants by Land, Sea and Air, …' })
  treatyName!: string;
  @ApiProperty({
    enum: [...PARTICIPATION_STATUSES, 'not_recorded'],
    example: 'party',
    description: '`not_recorded`: not in the participant table as far as the data is complete',
  })
  status!: ParticipationStatus | 'not_recorded';
  @ApiProperty({ type: String, nullable: true, example: '2000-12-13' }) signatureDate!:
    string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2003-03-04',
    description: 'Date of the binding act',
  })
  consentDate!: string | null;
  @ApiProperty({ enum: CONSENT_KINDS, nullable: true, example: 'ratification' })
  consentKind!: ConsentKind | null;
  @ApiProperty({ type: [String], example: ['ZMJ-18-12-b'] }) sources!: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2014-07-10',
    description: 'When the source saw this status',
  })
  statusAsOf!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) note!: string | null;
  @ApiProperty({ type: TreatyCoverageView }) coverage!: TreatyCoverageView;
}

export class TreatyParticipantView {
  @ApiProperty({
    example: 'MEX',
    description: 'ISO3 code, or the name of a participant without one',
  })
  participant!: string;
  @ApiProperty({ type: String, nullable: true, example: 'MEX' }) iso3!: string | null;
  @ApiProperty({ example: 'Mexico' }) name!: string;
  @ApiProperty({ enum: PARTICIPATION_STATUSES, example: 'party' }) status!: ParticipationStatus;
  @ApiProperty({ type: String, nullable: true, example: '2000-12-13' }) signatureDate!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: '2003-03-04' }) consentDate!: string | null;
  @ApiProperty({ enum: CONSENT_KINDS, nullable: true, example: 'ratification' })
  consentKind!: ConsentKind | null;
  @ApiProperty({ type: [String], example: ['ZMJ-18-12-b'] }) sources!: string[];
  @ApiProperty({ example: '2014-07-10' }) statusAsOf!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) note!: string | null;
}

export class TreatyStatusCountsView {
  @ApiProperty({
    example: 11,
    description:
      'Parties whose binding act is dated on or before asOf (all parties when asOf is omitted)',
  })
  parties!: number;
  @ApiProperty({ example: 10, description: 'Participants that signed on or before asOf' })
  signatories!: number;
  @ApiProperty({ example: 0, description: 'Signed, but not a party as of the date' })
  signatoriesNotParties!: number;
  @ApiProperty({
    example: 0,
    description: 'Parties whose date is unknown: left out of dated counts',
  })
  partiesWithUnknownDate!: number;
  @ApiProperty({ example: 0, description: 'Reported actions that no depositary record confirms' })
  unconfirmed!: number;
}

export class PublishedCountView {
  @ApiProperty({ example: 'SOM-COUNT-2024-04' }) id!: string;
  @ApiProperty({ example: '152 / 112' }) value!: string;
  @ApiProperty({ example: 'parties / signatories' }) unit!: string;
  @ApiProperty({ example: '2024-04-26' }) referenceDate!: string;
  @ApiProperty({ example: 'UNTC-MTDSG-2024' }) source!: string;
}

export class TreatyStatusView {
  @ApiProperty({ enum: TREATY_CODES, example: 'SOM' }) treaty!: TreatyCode;
  @ApiProperty({ example: 'Protocol against the Smuggling of Migrants by Land, Sea and Air, …' })
  name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2025-12-31',
    description: 'null: the current status',
  })
  asOf!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'RCM',
    description: 'Members of this process only',
  })
  process!: string | null;
  @ApiProperty({ type: TreatyStatusCountsView }) counts!: TreatyStatusCountsView;
  @ApiProperty({ type: [TreatyParticipantView] }) parties!: TreatyParticipantView[];
  @ApiProperty({ type: [TreatyParticipantView] }) signatories!: TreatyParticipantView[];
  @ApiProperty({ type: [TreatyParticipantView] }) partiesWithUnknownDate!: TreatyParticipantView[];
  @ApiProperty({ type: [TreatyParticipantView] }) unconfirmed!: TreatyParticipantView[];
  @ApiProperty({
    type: [String],
    example: [],
    description: 'Process members with no record for this treaty',
  })
  notRecorded!: string[];
  @ApiProperty({ type: TreatyCoverageView }) coverage!: TreatyCoverageView;
  @ApiProperty({
    type: [PublishedCountView],
    description: 'Counts published by the sources, to compare with (whole treaty only)',
  })
  publishedCounts!: PublishedCountView[];
}

export class TreatyView {
  @ApiProperty({ enum: TREATY_CODES, example: 'SOM' }) code!: TreatyCode;
  @ApiProperty({ example: 'Protocol against the Smuggling of Migrants by Land, Sea and Air, …' })
  name!: string;
  @ApiProperty({ example: 'XVIII-12-b' }) untcReference!: string;
  @ApiProperty({ type: String, nullable: true, example: '2004-01-28' }) entryIntoForceOn!:
    string | null;
  @ApiProperty({ type: TreatyCoverageView }) coverage!: TreatyCoverageView;
}
