import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { upperCase } from '../../http/transforms';
import { IsPeriodCode, IsProcessCode } from '../../http/is-code';

export class RefreshDto {
  @ApiPropertyOptional({
    example: 'RCM',
    description: 'Only this process (default: every process)',
  })
  @IsOptional()
  @Transform(upperCase)
  @IsProcessCode()
  process?: string;

  @ApiPropertyOptional({ example: '2025', description: 'Only this period (default: every period)' })
  @IsOptional()
  @IsPeriodCode()
  period?: string;
}
