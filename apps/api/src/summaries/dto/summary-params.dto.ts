import { LOCALES, type Locale } from '@app/i18n';
import {
  CSV_DELIMITERS,
  CsvDelimiter,
  PAPER_SIZES,
  PaperSize,
  SUMMARY_FORMATS,
  SummaryFormat,
} from '@app/summaries';
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
    description:
      "The document's language (PDF, XLSX read-me); default: Accept-Language, else the user's language",
  })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;

  @ApiPropertyOptional({ enum: PAPER_SIZES, example: 'LETTER', default: 'A4' })
  @IsOptional()
  @Transform(upperCase)
  @IsIn(PAPER_SIZES)
  paper?: PaperSize;

  @ApiPropertyOptional({
    enum: CSV_DELIMITERS,
    example: 'semicolon',
    description:
      "CSV only: the cell delimiter. Default: semicolon (and a decimal comma) when the document's language (lang, else Accept-Language, else the user's) is es or fr, comma otherwise",
  })
  @IsOptional()
  @IsIn(CSV_DELIMITERS)
  delimiter?: CsvDelimiter;
}

export class ComparisonQuery {
  @ApiProperty({ example: '2025' })
  @IsPeriodCode()
  period!: string;
}
