import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { upperCase } from './transforms';
import { IsIso3, IsPeriodCode } from './is-code';

const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** `/:iso3/:period` of a country's records for a reporting period. */
export class CountryPeriodParams {
  @ApiProperty({ example: 'MEX', description: 'ISO 3166-1 alpha-3 code' })
  @Transform(upperCase)
  @IsIso3()
  iso3!: string;

  @ApiProperty({ example: '2025', description: 'Reporting period (year)' })
  @IsPeriodCode()
  period!: string;
}

/** `/:iso3/:period/:action` of one report. */
export class ReportKeyParams extends CountryPeriodParams {
  @ApiProperty({ example: 'd', description: 'Objective 9 action, a–f' })
  @Transform(lowerCase)
  @Matches(/^[a-f]$/, { message: 'action must be one of a, b, c, d, e, f' })
  action!: string;
}
