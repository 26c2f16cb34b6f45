import { ApiProperty } from '@nestjs/swagger';
import { AreaSummaryView } from './summary-parts';

export class SummaryPointView {
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ example: 0.424 }) completeness!: number;
  @ApiProperty({ example: 0.39 }) timeliness!: number;
  @ApiProperty({ example: 7 }) membersReported!: number;
  @ApiProperty({ example: 11 }) protocolParties!: number;
  @ApiProperty({ type: [AreaSummaryView] }) areas!: AreaSummaryView[];
  @ApiProperty({ example: '2026-02-01T02:00:03.120Z' }) generatedAt!: string;
}

export class SummarySeriesView {
  @ApiProperty({ example: 'RCM' }) process!: string;
  @ApiProperty({ type: [SummaryPointView] }) periods!: SummaryPointView[];
}

export class SummaryComparisonRowView extends SummaryPointView {
  @ApiProperty({ example: 'RCM' }) process!: string;
  @ApiProperty({ example: 'Regional Conference on Migration (Puebla Process)' })
  processName!: string;
  @ApiProperty({ example: 11 }) members!: number;
}

export class ProcessWithoutSummaryView {
  @ApiProperty({ example: 'IGAD-RCP' }) process!: string;
  @ApiProperty({ example: 'IGAD Regional Consultative Process on Migration' })
  processName!: string;
  @ApiProperty({
    example: 'no member list in the reference data',
    description: 'Why the comparison has no row for it',
  })
  reason!: string;
}

export class SummaryComparisonView {
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ type: [SummaryComparisonRowView] }) processes!: SummaryComparisonRowView[];
  @ApiProperty({
    type: [ProcessWithoutSummaryView],
    description: 'Processes left out of the comparison, each with the reason',
  })
  processesWithoutSummary!: ProcessWithoutSummaryView[];
}

export class JobAcceptedView {
  @ApiProperty({ example: '17' }) jobId!: string;
}
