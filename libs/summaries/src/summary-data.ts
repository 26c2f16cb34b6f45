import { ApiProperty } from '@nestjs/swagger';
import {
  ActionSummaryView,
  AreaSummaryView,
  IndicatorTotalView,
  OverdueMemberView,
  ProtocolSummaryView,
  ReviewBacklogView,
  TreatyMismatchView,
} from './summary-parts';

// The summary's parts, and what lists and compares summaries, are views of their own.
export * from './summary-parts';
export * from './summary-lists';

export class SummaryData {
  @ApiProperty({ example: 'RCM' }) process!: string;
  @ApiProperty({ example: 'Regional Conference on Migration (Puebla Process)' })
  processName!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ example: '2026-03-31' }) dueOn!: string;
  @ApiProperty({ example: 11 }) members!: number;
  @ApiProperty({ type: [String], example: ['BLZ', 'CAN', 'CRI'] }) memberCodes!: string[];
  @ApiProperty({ example: 7, description: 'Members with at least one validated report' })
  membersReported!: number;
  @ApiProperty({ example: 66, description: 'members × 6 actions' }) expectedReports!: number;
  @ApiProperty({ example: 28 }) validatedReports!: number;
  @ApiProperty({ example: 0.424, description: 'validated reports ÷ (members × 6)' })
  completeness!: number;
  @ApiProperty({ example: 0.39, description: 'reports validated by the due date ÷ (members × 6)' })
  timeliness!: number;
  @ApiProperty({
    type: ReviewBacklogView,
    description: 'Not validated: counted apart, never in the figures',
  })
  notValidated!: ReviewBacklogView;
  @ApiProperty({ type: [ActionSummaryView] }) actions!: ActionSummaryView[];
  @ApiProperty({ type: [AreaSummaryView] }) areas!: AreaSummaryView[];
  @ApiProperty({ type: [IndicatorTotalView] }) indicators!: IndicatorTotalView[];
  @ApiProperty({ type: ProtocolSummaryView }) protocol!: ProtocolSummaryView;
  @ApiProperty({
    type: [String],
    example: ['NIC'],
    description: 'Members without any validated report',
  })
  notReported!: string[];
  @ApiProperty({
    type: [OverdueMemberView],
    description: 'After the due date: members with actions still not validated',
  })
  overdue!: OverdueMemberView[];
  @ApiProperty({ type: [TreatyMismatchView] }) treatyMismatches!: TreatyMismatchView[];
}

export class SummaryView extends SummaryData {
  @ApiProperty({ example: '2026-02-01T02:00:03.120Z' }) generatedAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-01-31T17:45:00.000Z',
    description: 'Newest change the summary includes',
  })
  newestChangeAt!: string | null;
}
