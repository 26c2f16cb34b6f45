import { WORKFLOW_STATES, WorkflowState } from '@app/reporting';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQuery } from './pagination';
import { upperCase } from './transforms';

/** The filters of every list of reviewed records (reports, indicator values). */
export class ReviewListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'MEX' })
  @IsOptional()
  @Transform(upperCase)
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO3 code such as MEX' })
  country?: string;

  @ApiPropertyOptional({ example: 'RCM', description: 'Member States of this process' })
  @IsOptional()
  @Transform(upperCase)
  @Matches(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'process must be a code such as RCM' })
  process?: string;

  @ApiPropertyOptional({ example: '2025' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'period must be a year such as 2025' })
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
