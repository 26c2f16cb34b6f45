import { ApiProperty } from '@nestjs/swagger';

export class StatusCountsView {
  @ApiProperty({ example: 1 }) not_started!: number;
  @ApiProperty({ example: 1 }) planned!: number;
  @ApiProperty({ example: 2 }) in_progress!: number;
  @ApiProperty({ example: 3 }) partially_implemented!: number;
  @ApiProperty({ example: 2 }) implemented!: number;
  @ApiProperty({ example: 0 }) not_applicable!: number;
  @ApiProperty({ example: 2, description: 'Members with no validated report on the action' })
  not_reported!: number;
}

export class ChecklistCoverageView {
  @ApiProperty({ example: 'd5' }) item!: string;
  @ApiProperty({ example: 'Aggravating circumstance: endangering the lives or safety of migrants' })
  text!: string;
  @ApiProperty({ example: 6 }) yes!: number;
  @ApiProperty({ example: 2 }) partial!: number;
  @ApiProperty({ example: 1 }) no!: number;
  @ApiProperty({ example: 0 }) unknown!: number;
  @ApiProperty({ example: 2, description: 'Members without a validated answer' })
  unanswered!: number;
  @ApiProperty({
    example: 0.545,
    description: 'Share of members answering yes, 0–1 (members without an answer count as not yes)',
  })
  shareYes!: number;
}

export class ActionSummaryView {
  @ApiProperty({ example: 'd' }) code!: string;
  @ApiProperty({
    example:
      'Criminalize smuggling (intent, financial or material benefit), with aggravated penalties',
  })
  title!: string;
  @ApiProperty({ example: 9, description: 'Validated reports' }) reports!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3.1,
    description: 'Mean status score, 0–4 (not_applicable left out)',
  })
  meanScore!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 77.5, description: 'The same as 0–100' })
  meanScorePercent!: number | null;
  @ApiProperty({ type: StatusCountsView }) statusCounts!: StatusCountsView;
  @ApiProperty({ type: [ChecklistCoverageView] }) checklist!: ChecklistCoverageView[];
}

export class AreaSummaryView {
  @ApiProperty({ example: 2 }) code!: number;
  @ApiProperty({
    example: 'Cross-border judicial cooperation',
    description: 'The name in the answer’s language',
  })
  name!: string;
  @ApiProperty({ example: 'Cross-border judicial cooperation' }) nameEn!: string;
  @ApiProperty({ example: 'Cooperación judicial transfronteriza' }) nameEs!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2.7,
    description: 'Mean status score of the reports serving the area, 0–4',
  })
  score!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 67.5,
    description: 'The same as 0–100, from the unrounded score',
  })
  scorePercent!: number | null;
  @ApiProperty({
    example: 14,
    description:
      'Validated reports with a scored status (not not_applicable) serving the area: national measures',
  })
  measures!: number;
  @ApiProperty({ example: 31, description: 'Evidence items behind those reports' })
  evidence!: number;
  @ApiProperty({ type: [String], example: ['a', 'd'], description: 'Actions that feed the area' })
  actions!: string[];
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2.5,
    description: 'Score of the previous period, over all its measures',
  })
  previousScore!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.25,
    description:
      'Change of the score from the previous period, like for like: over the members with measures in both periods',
  })
  change!: number | null;
  @ApiProperty({
    example: 6,
    description: 'Members with measures serving the area in both periods',
  })
  comparableMembers!: number;
}

/** A part is null when no member gave the split (no data), never 0. */
export class SexTotalsView {
  @ApiProperty({ type: Number, nullable: true, example: 20 }) female!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 75 }) male!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0 }) unknown!: number | null;
}

export class AgeTotalsView {
  @ApiProperty({ type: Number, nullable: true, example: 12 }) child!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 80 }) adult!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 3 }) unknown!: number | null;
}

export class IndicatorTotalView {
  @ApiProperty({ example: 'SOM_PERSONS_CONVICTED' }) code!: string;
  @ApiProperty({ example: 'Persons convicted for smuggling' }) name!: string;
  @ApiProperty({ example: 'sex', enum: ['none', 'sex', 'sex_age'] }) disaggregation!: string;
  @ApiProperty({ example: 4, description: 'Members with validated values for the indicator' })
  reportingMembers!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 95,
    description: 'Sum over the reporting members; null when none reported (no data, not 0)',
  })
  total!: number | null;
  @ApiProperty({
    type: SexTotalsView,
    nullable: true,
    description:
      'Sums over the members that gave the split by sex; null when the indicator has no such split',
  })
  bySex!: SexTotalsView | null;
  @ApiProperty({
    type: AgeTotalsView,
    nullable: true,
    description:
      'Sums over the members that gave the split by sex and age; null when the indicator has no such split',
  })
  byAge!: AgeTotalsView | null;
  @ApiProperty({
    nullable: true,
    example: {
      female: { child: 1, adult: 10, unknown: 0 },
      male: { child: 2, adult: 30, unknown: 1 },
      unknown: { child: 0, adult: 0, unknown: 0 },
    },
    description: 'Sums over the members that gave the split by sex and age (cells null: no data)',
  })
  bySexAge!: Record<string, Record<string, number | null>> | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 12,
    description:
      'The part of the total from members that gave no split: with the parts, adds up to the total',
  })
  notDisaggregated!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.87,
    description: 'Share of the total that has a split, 0–1; null without a split or a total',
  })
  disaggregatedShare!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 80,
    description: 'Total of the previous period over its own reporting members; null: no data',
  })
  previousTotal!: number | null;
  @ApiProperty({ example: 3, description: 'Members with validated values in the previous period' })
  previousReportingMembers!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 15,
    description:
      'Change from the previous period, like for like: over the members with validated values in both periods; null when none has',
  })
  change!: number | null;
  @ApiProperty({ example: 3, description: 'Members with validated values in both periods' })
  comparableMembers!: number;
}

export class ProtocolSummaryView {
  @ApiProperty({ example: '2025-12-31', description: 'Last day of the period' }) asOf!: string;
  @ApiProperty({
    example: 11,
    description:
      'Members bound by a dated act on or before asOf; when asOf is after completeAsOf, a lower bound (see partiesAtLeast)',
  })
  parties!: number;
  @ApiProperty({
    example: true,
    description:
      'asOf is after the date the treaty data is complete to: members without a record there may have joined since',
  })
  partiesAtLeast!: boolean;
  @ApiProperty({ type: [String], example: ['BLZ', 'CAN'] }) partyMembers!: string[];
  @ApiProperty({ example: 0 }) signatoriesNotParties!: number;
  @ApiProperty({ type: [String], example: [] }) signatoryMembers!: string[];
  @ApiProperty({
    type: [String],
    example: [],
    description: 'Parties whose date no source gives (left out of the count)',
  })
  partiesWithUnknownDate!: string[];
  @ApiProperty({
    type: [String],
    example: ['BLZ'],
    description:
      'Members whose status at asOf the data cannot tell (after completeAsOf, no record)',
  })
  unknownMembers!: string[];
  @ApiProperty({ type: Number, nullable: true, example: 11 }) previousParties!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0,
    description:
      'Change since the end of the previous period; null when either date is after completeAsOf',
  })
  change!: number | null;
  @ApiProperty({
    example: '2014-07-10',
    description: 'The treaty data is complete up to this date',
  })
  completeAsOf!: string;
  @ApiProperty({ example: 'Complete for 2014-07-10 only, plus sourced later events; …' })
  gap!: string;
}

export class OverdueMemberView {
  @ApiProperty({ example: 'NIC' }) country!: string;
  @ApiProperty({
    type: [String],
    example: ['a', 'b', 'c', 'd', 'e', 'f'],
    description: 'Actions without a validated report',
  })
  missingActions!: string[];
}

export class TreatyMismatchView {
  @ApiProperty({ example: 'GTM' }) country!: string;
  @ApiProperty({ example: 'a1' }) item!: string;
  @ApiProperty({ example: 'no' }) answer!: string;
  @ApiProperty({
    example: 'Answer "no" contradicts the SOM treaty record: party since 2004-04-01 …',
  })
  message!: string;
}

export class ReviewBacklogView {
  @ApiProperty({ example: 3, description: 'Submitted, waiting for validation' }) submitted!: number;
  @ApiProperty({ example: 1 }) returned!: number;
  @ApiProperty({ example: 5 }) draft!: number;
}

/** One regional summary: how a process's members implement Objective 9 in a period. */
