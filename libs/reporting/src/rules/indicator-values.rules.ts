import {
  CODE_PATTERNS,
  IndicatorValueInput,
  MAX_INDICATOR_COUNT,
  SENSITIVITIES,
  Sensitivity,
} from '@app/domain';
import { applyDecorators } from '@nestjs/common';
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

/**
 * What a body of indicator values may hold, field by field: the one definition of PUT
 * /indicator-values (its DTO documents these classes). The rules between values (parts adding
 * up to totals, the parts an indicator takes) are the domain's `indicatorValueProblems`.
 */

/** A count of people or cases: a non-negative integer. */
const IsCount = () => applyDecorators(IsInt(), Min(0), Max(MAX_INDICATOR_COUNT));

export class AgeBreakdownRules {
  @IsCount() child!: number;
  @IsCount() adult!: number;
  @IsCount() unknown!: number;
}

export class SexBreakdownRules {
  @IsCount() female!: number;
  @IsCount() male!: number;
  @IsCount() unknown!: number;
}

/** One sex's counts by age group: every group given. */
const ByAge = () =>
  applyDecorators(
    IsDefined(),
    IsObject(),
    ValidateNested(),
    Type(() => AgeBreakdownRules),
  );

export class SexAgeBreakdownRules {
  @ByAge() female!: AgeBreakdownRules;
  @ByAge() male!: AgeBreakdownRules;
  @ByAge() unknown!: AgeBreakdownRules;
}

export class IndicatorValueRules implements IndicatorValueInput {
  @Matches(CODE_PATTERNS.indicator, {
    message: 'indicator must be an indicator code such as SOM_PERSONS_CONVICTED',
  })
  indicator!: string;

  @IsCount()
  total!: number;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SexBreakdownRules)
  bySex?: SexBreakdownRules;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SexAgeBreakdownRules)
  bySexAge?: SexAgeBreakdownRules;

  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: Sensitivity;
}

export class IndicatorValuesRules {
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueRules)
  values!: IndicatorValueRules[];
}
