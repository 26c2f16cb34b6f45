import { AuditEventView } from '@app/audit';
import { Actor, CountryScope, CurrentActor } from '@app/auth';
import { etagOf, versionFromIfMatch } from '@app/problems';
import { ReportListView, ReportsService, ReportView } from '@app/reporting';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditEventDoc } from '../audit/audit.controller';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { ReportKeyParams } from '../http/params';
import { ReopenDto, ReportListQuery, ReturnDto, SaveReportDto } from './report.dto';

const keyOf = (params: ReportKeyParams) => ({
  country: params.iso3,
  period: params.period,
  action: params.action,
});
const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The ETag you read',
  example: '"3"',
};

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiOperation({
    summary: 'Reports the caller may see, filtered and paged; state=submitted is the review queue',
  })
  @ApiOkResponse({ type: ReportListView })
  @ApiBadRequestProblem()
  list(@CurrentActor() actor: Actor, @Query() query: ReportListQuery): Promise<ReportListView> {
    return this.reports.list(actor, query);
  }

  @Get(':iso3/:period/:action')
  @CountryScope('read')
  @ApiOperation({ summary: 'One report, with its version as ETag' })
  @ApiOkResponse({ type: ReportView })
  @ApiForbiddenResponse({ description: 'The country is outside your scope' })
  @ApiNotFoundResponse({ description: 'No such country, period or action, or no report yet' })
  async get(
    @Param() params: ReportKeyParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportView> {
    return this.withEtag(reply, await this.reports.get(keyOf(params)));
  }

  @Put(':iso3/:period/:action')
  @CountryScope('write')
  @ApiOperation({
    summary:
      'Create the draft (no If-Match) or update a draft or returned report (If-Match required)',
  })
  @ApiHeader({
    ...IF_MATCH,
    description: 'Required to update: the ETag you read. Absent to create.',
  })
  @ApiCreatedResponse({ type: ReportView, description: 'Created' })
  @ApiOkResponse({ type: ReportView, description: 'Updated' })
  @ApiBadRequestProblem()
  @ApiPreconditionFailedResponse({ description: 'Someone saved a newer version meanwhile' })
  @ApiConflictResponse({ description: 'Not editable in its state, or the period is closed' })
  async save(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Body() body: SaveReportDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportView> {
    const { report, created } = await this.reports.save(actor, keyOf(params), body, ifMatch);
    if (created)
      reply
        .status(201)
        .header('location', `/api/v1/reports/${report.country}/${report.period}/${report.action}`);
    return this.withEtag(reply, report);
  }

  @Post(':iso3/:period/:action/submit')
  @HttpCode(200)
  @CountryScope('write')
  @ApiOperation({ summary: 'Submit a draft or returned report for review' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ReportView })
  @ApiConflictResponse({
    description: 'Not in a state that can be submitted, or the period is closed',
  })
  async submit(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportView> {
    return this.withEtag(
      reply,
      await this.reports.transition(actor, keyOf(params), {
        event: 'submit',
        expectedVersion: versionFromIfMatch(ifMatch),
      }),
    );
  }

  @Post(':iso3/:period/:action/return')
  @HttpCode(200)
  @CountryScope('review')
  @ApiOperation({ summary: 'Return a submitted report to the focal point, with a comment' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ReportView })
  @ApiBadRequestProblem()
  @ApiConflictResponse({ description: 'Not submitted' })
  async return(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Body() body: ReturnDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportView> {
    return this.withEtag(
      reply,
      await this.reports.transition(actor, keyOf(params), {
        event: 'return',
        comment: body.comment,
        expectedVersion: versionFromIfMatch(ifMatch),
      }),
    );
  }

  @Post(':iso3/:period/:action/validate')
  @HttpCode(200)
  @CountryScope('review')
  @ApiOperation({
    summary: 'Validate a submitted report: from now on it counts in regional summaries',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ReportView })
  @ApiConflictResponse({ description: 'Not submitted' })
  async validate(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportView> {
    return this.withEtag(
      reply,
      await this.reports.transition(actor, keyOf(params), {
        event: 'validate',
        expectedVersion: versionFromIfMatch(ifMatch),
      }),
    );
  }

  @Post(':iso3/:period/:action/reopen')
  @HttpCode(200)
  @CountryScope('review')
  @ApiOperation({
    summary:
      'Reopen a validated report for correction, with a reason; it stops counting until validated again',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ReportView })
  @ApiBadRequestProblem()
  @ApiConflictResponse({ description: 'Not validated, or the period is closed' })
  async reopen(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Body() body: ReopenDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportView> {
    return this.withEtag(
      reply,
      await this.reports.transition(actor, keyOf(params), {
        event: 'reopen',
        comment: body.reason,
        expectedVersion: versionFromIfMatch(ifMatch),
      }),
    );
  }

  @Get(':iso3/:period/:action/history')
  @CountryScope('read')
  @ApiOperation({ summary: 'Every change and transition of the report, oldest first' })
  @ApiOkResponse({ type: [AuditEventDoc] })
  history(@Param() params: ReportKeyParams): Promise<AuditEventView[]> {
    return this.reports.history(keyOf(params));
  }

  private withEtag(reply: FastifyReply, report: ReportView): ReportView {
    reply.header('etag', etagOf(report.version));
    return report;
  }
}
