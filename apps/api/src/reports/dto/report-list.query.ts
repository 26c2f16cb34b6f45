import { CODE_PATTERNS, IMPLEMENTATION_STATUSES, ImplementationStatus } from '@app/domain';
import { REPORT_SORTS, ReportFilter } from '@app/reporting';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReviewListQuery, SortQuery } from '../../http/review-list-query';

export class ReportListQuery extends ReviewListQuery implements ReportFilter {
  @ApiPropertyOptional({ example: 'd' })
  @IsOptional()
  @Matches(CODE_PATTERNS.action, { message: 'action must be one of a, b, c, d, e, f' })
  action?: string;

  @ApiPropertyOptional({ enum: IMPLEMENTATION_STATUSES, example: 'implemented' })
  @IsOptional()
  @IsIn(IMPLEMENTATION_STATUSES)
  status?: ImplementationStatus;

  @SortQuery(REPORT_SORTS)
  sort?: string;
}
