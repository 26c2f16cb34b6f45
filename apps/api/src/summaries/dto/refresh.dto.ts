import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { upperCase } from '../../http/transforms';

export class RefreshDto {
  @ApiPropertyOptional({
    example: 'RCM',
    description: 'Only this process (default: every process)',
  })
  @IsOptional()
  @Transform(upperCase)
  @Matches(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'process must be a process code such as RCM' })
  process?: string;

  @ApiPropertyOptional({ example: '2025', description: 'Only this period (default: every period)' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'period must be a year such as 2025' })
  period?: string;
}
