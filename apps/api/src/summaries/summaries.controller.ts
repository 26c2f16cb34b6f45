import { Actor, CurrentActor, Roles } from '@app/auth';
import {
  JobAcceptedView,
  SummariesService,
  SummaryComparisonView,
  summaryCsv,
  SummaryJobs,
  summaryPdf,
  SummarySeriesView,
  SummaryView,
  summaryXlsx,
} from '@app/summaries';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiResponse,
  ApiPropertyOptional,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { upperCase } from '../http/transforms';
import { RateLimited } from '../http/rate-limits';

const FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const CONTENT_TYPES: Record<Exclude<Format, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export class ProcessParams {
  @ApiProperty({ example: 'RCM' })
  @Transform(upperCase)
  @Matches(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'process must be a process code such as RCM' })
  process!: string;
}

export class SummaryParams extends ProcessParams {
  @ApiProperty({ example: '2025' })
  @Matches(/^\d{4}$/, { message: 'period must be a year such as 2025' })
  period!: string;
}

export class SummaryFormatQuery {
  @ApiPropertyOptional({ enum: FORMATS, example: 'xlsx', default: 'json' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: Format;
}

export class ComparisonQuery {
  @ApiProperty({ example: '2025' })
  @Matches(/^\d{4}$/, { message: 'period must be a year such as 2025' })
  period!: string;
}

export class RefreshDto {
  @ApiPropertyOptional({
    example: 'RCM',
    description: 'Only this process (default: every process)',
  })
  @IsOptional()
  @Transform(upperCase)
  @Matches(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'process must be a process code such as RCM' })
  process?: string;

  @ApiPropertyOptional({ example: '2025', description: 'Only this period (default: every period)' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'period must be a year such as 2025' })
  period?: string;
}

@ApiTags('summaries')
@ApiBearerAuth()
@Controller()
export class SummariesController {
  constructor(
    private readonly summaries: SummariesService,
    private readonly jobs: SummaryJobs,
  ) {}

  @Get('summaries')
  @ApiOperation({ summary: 'Compare the regional processes in a period' })
  @ApiOkResponse({ type: SummaryComparisonView })
  @ApiBadRequestProblem()
  compare(@Query() query: ComparisonQuery): Promise<SummaryComparisonView> {
    return this.summaries.compare(query.period);
  }

  @Get('summaries/:process')
  @ApiOperation({ summary: 'A process’s summaries across periods (time series)' })
  @ApiOkResponse({ type: SummarySeriesView })
  @ApiNotFoundResponse({ description: 'No such process' })
  series(@Param() params: ProcessParams): Promise<SummarySeriesView> {
    return this.summaries.series(params.process);
  }

  @Get('summaries/:process/:period')
  @ApiOperation({
    summary:
      'One regional summary against the RCM Work Plan areas, as JSON, CSV, XLSX (a sheet per section) or PDF',
  })
  @ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx, CONTENT_TYPES.pdf)
  @ApiOkResponse({ type: SummaryView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'No such process or period, or not computed yet' })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag sent in If-None-Match' })
  @ApiTooManyRequestsResponse({ description: 'Too many file downloads this minute' })
  @RateLimited('summary-export')
  async get(
    @Param() params: SummaryParams,
    @Query() query: SummaryFormatQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer | undefined> {
    const stored = await this.summaries.stored(params.process, params.period);
    const format = query.format ?? 'json';
    reply.header('etag', stored.etag).header('cache-control', 'private, no-cache');
    if (format === 'json') {
      if (ifNoneMatch === stored.etag) return void reply.status(304);
      // Already serialized when it was cached: sent as is.
      reply.header('content-type', 'application/json; charset=utf-8');
      return stored.json;
    }
    const summary = stored.view;
    const file = `gcm9-${summary.process}-${summary.period}.${format}`;
    reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${file}"`);
    if (format === 'csv') return summaryCsv(summary);
    return format === 'xlsx' ? summaryXlsx(summary) : summaryPdf(summary);
  }

  @Post('summaries/refresh')
  @HttpCode(202)
  @RateLimited('summary-refresh')
  @Roles('admin', 'analyst')
  @ApiOperation({ summary: 'Queue a recompute now (all summaries, or one process and/or period)' })
  @ApiAcceptedResponse({ type: JobAcceptedView })
  @ApiBadRequestProblem()
  async refresh(@CurrentActor() actor: Actor, @Body() body: RefreshDto): Promise<JobAcceptedView> {
    if (body.process || body.period) await this.summaries.pairsOrThrow(body);
    return {
      jobId: await this.jobs.refresh({ reason: 'on-demand', ...body, requestedBy: actor.email }),
    };
  }
}
