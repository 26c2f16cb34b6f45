import { LOCALES, type Locale } from '@app/i18n';
import { PAPER_SIZES, PaperSize, SUMMARY_FORMATS, SummaryFormat } from '@app/summaries';
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

  @ApiPropertyOptional({
    enum: LOCALES,
    example: 'es',
    description: "The document's language (PDF, XLSX read-me); default: the user's language",
  })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;

  @ApiPropertyOptional({ enum: PAPER_SIZES, example: 'LETTER', default: 'A4' })
  @IsOptional()
  @Transform(upperCase)
  @IsIn(PAPER_SIZES)
  paper?: PaperSize;
}

export class ComparisonQuery {
  @ApiProperty({ example: '2025' })
  @IsPeriodCode()
  period!: string;
}
