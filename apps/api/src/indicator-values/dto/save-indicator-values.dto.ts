import { CODE_PATTERNS, IndicatorValueInput, Sensitivity, SENSITIVITIES } from '@app/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const MAX_COUNT = 1_000_000_000;

/** A count of people or cases: a non-negative integer. */
const Count = (example: number) =>
  applyDecorators(ApiProperty({ example }), IsInt(), Min(0), Max(MAX_COUNT));

class AgeBreakdownDto {
  @Count(12) child!: number;
  @Count(80) adult!: number;
  @Count(3) unknown!: number;
}

class SexBreakdownDto {
  @Count(20) female!: number;
  @Count(75) male!: number;
  @Count(0) unknown!: number;
}

/** One sex's counts by age group: every group given. */
const ByAge = () =>
  applyDecorators(
    ApiProperty({ type: AgeBreakdownDto }),
    IsDefined(),
    IsObject(),
    ValidateNested(),
    Type(() => AgeBreakdownDto),
  );

class SexAgeBreakdownDto {
  @ByAge() female!: AgeBreakdownDto;
  @ByAge() male!: AgeBreakdownDto;
  @ByAge() unknown!: AgeBreakdownDto;
}

export class IndicatorValueDto implements IndicatorValueInput {
  @ApiProperty({
    example: 'SOM_PERSONS_CONVICTED',
    description: 'An indicator code (GET /indicators)',
  })
  @Matches(CODE_PATTERNS.indicator, {
    message: 'indicator must be an indicator code such as SOM_PERSONS_CONVICTED',
  })
  indicator!: string;

  @ApiProperty({
    example: 95,
    description: 'Non-negative; equals the sum of the parts when they are given',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  total!: number;

  @ApiPropertyOptional({
    type: SexBreakdownDto,
    description: 'For indicators disaggregated by sex',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SexBreakdownDto)
  bySex?: SexBreakdownDto;

  @ApiPropertyOptional({
    type: SexAgeBreakdownDto,
    description: 'For indicators disaggregated by sex and age',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SexAgeBreakdownDto)
  bySexAge?: SexAgeBreakdownDto;

  @ApiPropertyOptional({
    enum: SENSITIVITIES,
    example: 'public',
    description:
      'Who may read the values (total and parts): public (default), regional (also the ' +
      'coordinators and analysts of the country’s processes), national (only the country’s ' +
      'focal points and admins)',
  })
  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: Sensitivity;
}

export class SaveIndicatorValuesDto {
  @ApiProperty({
    type: [IndicatorValueDto],
    description: 'Every reported indicator (PUT replaces the set)',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueDto)
  values!: IndicatorValueDto[];
}
