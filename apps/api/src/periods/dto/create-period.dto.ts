import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '@app/reporting';

export class CreatePeriodDto {
  @ApiProperty({ example: 2027, description: 'The year; the period runs 1 January – 31 December' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ example: '2028-03-31', description: 'Default: 31 March of the next year' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}
