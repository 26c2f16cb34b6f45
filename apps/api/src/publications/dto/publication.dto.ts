import { OPEN_DATA_FORMATS, OpenDataFormat } from '@app/publications';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsPeriodCode, IsProcessCode } from '../../http/is-code';
import { upperCase } from '../../http/transforms';

export class PublishDto {
  @ApiProperty({ example: 'RCM' })
  @Transform(upperCase)
  @IsProcessCode()
  process!: string;

  @ApiProperty({ example: '2025' })
  @IsPeriodCode()
  period!: string;

  @ApiProperty({ example: 'Adds the reports validated in April', description: 'Shown publicly' })
  @IsString()
  @MaxLength(2000)
  note!: string;
}

export class WithdrawDto {
  @ApiProperty({
    example: 'A figure of one member was reported in error',
    description: 'Shown publicly',
  })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class PublicationParams {
  @ApiProperty({ format: 'uuid', example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' })
  @IsUUID()
  id!: string;
}

export class PublicationFileParams extends PublicationParams {
  @ApiProperty({
    enum: OPEN_DATA_FORMATS,
    example: 'csv',
    description: 'sdmx: SDMX-CSV of the indicator totals',
  })
  @IsIn(OPEN_DATA_FORMATS)
  format!: OpenDataFormat;
}

export class PublicationListQuery {
  @ApiPropertyOptional({ example: 'RCM' })
  @IsOptional()
  @Transform(upperCase)
  @IsProcessCode()
  process?: string;

  @ApiPropertyOptional({ example: '2025' })
  @IsOptional()
  @IsPeriodCode()
  period?: string;
}
