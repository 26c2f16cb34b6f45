import { Sensitivity, SENSITIVITIES } from '@app/domain';
import {
  AgeBreakdownRules,
  IndicatorValueRules,
  IndicatorValuesRules,
  SexAgeBreakdownRules,
  SexBreakdownRules,
} from '@app/reporting';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The rules are the reporting library's; these classes document them in the OpenAPI document.

class AgeBreakdownDto extends AgeBreakdownRules {
  @ApiProperty({ example: 12 }) declare child: number;
  @ApiProperty({ example: 80 }) declare adult: number;
  @ApiProperty({ example: 3 }) declare unknown: number;
}

class SexBreakdownDto extends SexBreakdownRules {
  @ApiProperty({ example: 20 }) declare female: number;
  @ApiProperty({ example: 75 }) declare male: number;
  @ApiProperty({ example: 0 }) declare unknown: number;
}

class SexAgeBreakdownDto extends SexAgeBreakdownRules {
  @ApiProperty({ type: AgeBreakdownDto }) declare female: AgeBreakdownDto;
  @ApiProperty({ type: AgeBreakdownDto }) declare male: AgeBreakdownDto;
  @ApiProperty({ type: AgeBreakdownDto }) declare unknown: AgeBreakdownDto;
}

export class IndicatorValueDto extends IndicatorValueRules {
  @ApiProperty({
    example: 'SOM_PERSONS_CONVICTED',
    description: 'An indicator code (GET /indicators)',
  })
  declare indicator: string;

  @ApiProperty({
    example: 95,
    description: 'Non-negative; equals the sum of the parts when they are given',
  })
  declare total: number;

  @ApiPropertyOptional({
    type: SexBreakdownDto,
    description: 'For indicators disaggregated by sex',
  })
  declare bySex?: SexBreakdownDto;

  @ApiPropertyOptional({
    type: SexAgeBreakdownDto,
    description: 'For indicators disaggregated by sex and age',
  })
  declare bySexAge?: SexAgeBreakdownDto;

  @ApiPropertyOptional({
    enum: SENSITIVITIES,
    example: 'public',
    description:
      'Who may read the values (total and parts): public (default), regional (also the ' +
      'coordinators and analysts of the country’s processes), national (only the country’s ' +
      'focal points and admins)',
  })
  declare sensitivity?: Sensitivity;
}

export class SaveIndicatorValuesDto extends IndicatorValuesRules {
  @ApiProperty({
    type: [IndicatorValueDto],
    description: 'Every reported indicator (PUT replaces the set)',
  })
  declare values: IndicatorValueDto[];
}
