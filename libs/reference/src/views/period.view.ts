import { ApiProperty } from '@nestjs/swagger';
import { PERIOD_STATES, PeriodState } from '../entities';

export class PeriodView {
  @ApiProperty({ example: '2025' }) code!: string;
  @ApiProperty({ example: '2025-01-01' }) startsOn!: string;
  @ApiProperty({ example: '2025-12-31' }) endsOn!: string;
  @ApiProperty({ example: '2026-03-31', description: 'Reports are due on this date' })
  dueOn!: string;
  @ApiProperty({ enum: PERIOD_STATES, example: 'open' }) state!: PeriodState;
}

export class PeriodListView {
  @ApiProperty({ type: [PeriodView] }) items!: PeriodView[];
}
