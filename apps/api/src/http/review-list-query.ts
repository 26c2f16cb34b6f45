import { WORKFLOW_STATES, WorkflowState } from '@app/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from './pagination';
import { upperCase } from './transforms';
import { IsIso3, IsPeriodCode, IsProcessCode } from './is-code';

/** The filters of every list of reviewed records (reports, indicator values). */
export class ReviewListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'MEX' })
  @IsOptional()
  @Transform(upperCase)
  @IsIso3()
  country?: string;

  @ApiPropertyOptional({ example: 'RCM', description: 'Member States of this process' })
  @IsOptional()
  @Transform(upperCase)
  @IsProcessCode()
  process?: string;

  @ApiPropertyOptional({ example: '2025' })
  @IsOptional()
  @IsPeriodCode()
  period?: string;

  @ApiPropertyOptional({
    enum: WORKFLOW_STATES,
    example: 'submitted',
    description: 'submitted: the review queue',
  })
  @IsOptional()
  @IsIn(WORKFLOW_STATES)
  state?: WorkflowState;
}

/** `?sort=` of a list of reviewed records: its sorts, each also descending (`-updatedAt`). */
export function SortQuery(sorts: readonly string[]): PropertyDecorator {
  const allowed = [...sorts, ...sorts.map((sort) => `-${sort}`)];
  return applyDecorators(
    ApiPropertyOptional({
      enum: allowed,
      example: 'submittedAt',
      description:
        'Default: oldest submission first for state=submitted, otherwise most recently updated first',
    }),
    IsOptional(),
    IsIn(allowed),
  );
}
