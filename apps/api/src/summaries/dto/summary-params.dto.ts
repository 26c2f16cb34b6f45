import { SUMMARY_FORMATS, SummaryFormat } from '@app/summaries';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { upperCase } from '../../http/transforms';
import { IsPeriodCode, IsProcessCode } from '../../http/is-code';

export class ProcessParams {
  @ApiProperty({ example: 'RCM' })
  @Transform(upperCase)
  @IsProcessCode()
  process!: string;
}

export class SummaryParams extends ProcessParams {
  @ApiProperty({ example: '2025' })
  @IsPeriodCode()
  period!: string;
}

export class SummaryFormatQuery {
  @ApiPropertyOptional({ enum: SUMMARY_FORMATS, example: 'xlsx', default: 'json' })
  @IsOptional()
  @IsIn(SUMMARY_FORMATS)
  format?: SummaryFormat;
}

export class ComparisonQuery {
  @ApiProperty({ example: '2025' })
  @IsPeriodCode()
  period!: string;
}
