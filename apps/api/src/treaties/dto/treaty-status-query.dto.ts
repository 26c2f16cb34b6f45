import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '@app/reporting';
import { upperCase } from '../../http/transforms';
import { IsProcessCode } from '../../http/is-code';

export class TreatyStatusQuery {
  @ApiPropertyOptional({ example: 'RCM', description: 'Members of this regional process only' })
  @IsOptional()
  @Transform(upperCase)
  @IsProcessCode()
  process?: string;

  @ApiPropertyOptional({
    example: '2025-12-31',
    description:
      'Status on this date (YYYY-MM-DD). Omitted: today, counting parties whose date is unknown.',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
