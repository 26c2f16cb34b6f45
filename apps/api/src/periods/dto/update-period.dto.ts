import { PERIOD_STATES, PeriodState } from '@app/reference';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate } from '@app/reporting';

export class UpdatePeriodDto {
  @ApiPropertyOptional({
    enum: PERIOD_STATES,
    example: 'closed',
    description: 'closed: no more edits or submissions',
  })
  @IsOptional()
  @IsIn(PERIOD_STATES)
  state?: PeriodState;

  @ApiPropertyOptional({ example: '2026-04-30' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}
