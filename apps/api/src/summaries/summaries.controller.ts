import { Actor } from '@app/auth';
import {
  csvDelimiterOf,
  JobAcceptedView,
  SUMMARY_CONTENT_TYPES,
  SummariesService,
  SummaryComparisonView,
  SummaryDocuments,
  SummaryJobs,
  SummarySeriesView,
  SummaryView,
} from '@app/summaries';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Locale } from '@app/i18n';
import { CurrentActor, Roles } from '../http/access/decorators';
import { AnswerLanguage } from '../http/answer-language';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { RefreshDto } from './dto/refresh.dto';
import {
  ComparisonQuery,
  ProcessParams,
  SummaryFormatQuery,
  SummaryParams,
} from './dto/summary-params.dto';
import { RateLimited } from '../http/rate-limits';

@ApiTags('summaries')
@ApiBearerAuth()
@Controller()
export class SummariesController {
  constructor(
    private readonly summaries: SummariesService,
    private readonly jobs: SummaryJobs,
    private readonly documents: SummaryDocuments,
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
  @ApiProduces('application/json', ...Object.values(SUMMARY_CONTENT_TYPES))
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
    @AnswerLanguage() answerLanguage: Locale,
  ): Promise<string | Buffer | undefined> {
    const format = query.format ?? 'json';
    const language = format === 'json' ? answerLanguage : (query.lang ?? answerLanguage);
    const stored = await this.summaries.stored(params.process, params.period, language);
    reply.header('etag', stored.etag).header('cache-control', 'private, no-cache');
    if (format === 'json') {
      if (ifNoneMatch === stored.etag) return void reply.status(304);
      // Serialized once per snapshot and language: sent as is.
      reply.header('content-type', 'application/json; charset=utf-8');
      return stored.json;
    }
    reply.header('content-language', language);
    const file = await this.documents.file(stored, format, {
      language,
      paper: query.paper ?? 'A4',
      delimiter: query.delimiter ?? csvDelimiterOf(language),
    });
    reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Post('summaries/refresh')
  @HttpCode(202)
  @RateLimited('summary-refresh')
  @Roles('admin', 'analyst')
  @ApiOperation({ summary: 'Queue a recompute now (all summaries, or one process and/or period)' })
  @ApiAcceptedResponse({ type: JobAcceptedView })
  @ApiBadRequestProblem()
  async refresh(@CurrentActor() actor: Actor, @Body() body: RefreshDto): Promise<JobAcceptedView> {
    return {
      jobId: await this.jobs.refresh({ reason: 'on-demand', ...body, requestedBy: actor.email }),
    };
  }
}
