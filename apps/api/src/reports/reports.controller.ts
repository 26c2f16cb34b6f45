import { AuditEventView } from '@app/audit';
import { Actor } from '@app/auth';
import type { ExpectedVersion } from '@app/domain';
import {
  ChangesSinceReview,
  ChangesView,
  ListRecords,
  ListView,
  PatchRecord,
  ReadRecord,
  RecordComments,
  REPORT_LIST,
  ReportPatches,
  ReportRecords,
  SaveReport,
  TransitionRecord,
} from '@app/reporting';
import type * as Reporting from '@app/reporting';
import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { IfMatch } from '../http/if-match';
import { ChangesQuery } from '../http/dto/changes.dto';
import { WriteCommentDto } from '../http/dto/comments.dto';
import { TransitionDto } from '../http/dto/transition.dto';
import { validDocument } from '../http/patch-document';
import { PatchRecordRoute } from '../http/patch-record.route';
import { RecordAnswer } from '../http/record-answer';
import { ReportKeyParams } from '../http/params';
import {
  CommentThreadStateRoute,
  ReadRecordRoute,
  RecordChangesRoute,
  RecordCommentsRoute,
  RecordHistoryRoute,
  SaveRecordRoute,
  TransitionRoute,
  WriteCommentRoute,
} from '../http/reviewed-record.routes';
import { ReportListQuery } from './dto/report-list.query';
import { ReportCommentParams, reportKeyOf, ReportTransitionParams } from './dto/report-params';
import { ReportListView, ReportView } from './dto/report.views';
import { SaveReportDto } from './dto/save-report.dto';

const REPORT = ':iso3/:period/:action';
type View = Reporting.ReportView;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportRecords,
    private readonly saveReport: SaveReport,
    private readonly records: ReadRecord,
    private readonly transitions: TransitionRecord,
    private readonly lists: ListRecords,
    private readonly patches: PatchRecord,
    private readonly reportPatches: ReportPatches,
    private readonly changesSince: ChangesSinceReview,
    private readonly comments: RecordComments,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Reports the caller may see, filtered and paged; state=submitted is the review queue',
  })
  @ApiOkResponse({ type: ReportListView })
  @ApiBadRequestProblem()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ReportListQuery,
  ): Promise<ListView<Reporting.ReportSummaryView>> {
    return this.lists.execute(REPORT_LIST, actor, query);
  }

  @ReadRecordRoute(REPORT, ReportView, 'One report, with its version as ETag')
  get(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @RecordAnswer() answer: RecordAnswer,
  ): Promise<View> {
    return this.records.view(this.reports, actor, reportKeyOf(params)).then(answer);
  }

  @SaveRecordRoute(
    REPORT,
    ReportView,
    'Create the draft (no If-Match) or update a draft or returned report (If-Match required)',
  )
  save(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Body() body: SaveReportDto,
    @IfMatch() expected: ExpectedVersion,
    @RecordAnswer() answer: RecordAnswer,
  ): Promise<View> {
    return this.saveReport.execute(actor, reportKeyOf(params), body, expected).then(answer);
  }

  @PatchRecordRoute(REPORT, ReportView, 'a draft or returned report')
  patch(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Body() patch: unknown,
    @IfMatch() baseVersion: ExpectedVersion,
    @RecordAnswer() answer: RecordAnswer,
  ): Promise<View> {
    const command = { patch, baseVersion, validate: validDocument(SaveReportDto) };
    return this.patches
      .execute(this.reportPatches, actor, reportKeyOf(params), command)
      .then(answer);
  }

  @TransitionRoute(REPORT, ReportView, 'a report')
  transition(
    @CurrentActor() actor: Actor,
    @Param() params: ReportTransitionParams,
    @Body() body: TransitionDto,
    @IfMatch() expectedVersion: ExpectedVersion,
    @RecordAnswer() answer: RecordAnswer,
  ): Promise<View> {
    const command = { event: params.transition, expectedVersion, ...body };
    return this.transitions.execute(this.reports, actor, reportKeyOf(params), command).then(answer);
  }

  @RecordHistoryRoute(REPORT, 'Every change and transition of the report, oldest first')
  history(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
  ): Promise<AuditEventView[]> {
    return this.records.history(this.reports, actor, reportKeyOf(params));
  }

  @RecordChangesRoute(REPORT, 'the report')
  changes(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Query() query: ChangesQuery,
  ): Promise<ChangesView> {
    return this.changesSince.execute(this.reportPatches, actor, reportKeyOf(params), query.since);
  }

  @RecordCommentsRoute(REPORT, 'the report')
  async listComments(
    @Param() params: ReportKeyParams,
  ): Promise<{ items: Reporting.CommentThreadView[] }> {
    return { items: await this.comments.threads(this.reports, reportKeyOf(params)) };
  }

  @WriteCommentRoute(REPORT, 'the report')
  writeComment(
    @CurrentActor() actor: Actor,
    @Param() params: ReportKeyParams,
    @Body() body: WriteCommentDto,
  ): Promise<Reporting.CommentThreadView> {
    return this.comments.write(this.reports, actor, reportKeyOf(params), body);
  }

  @CommentThreadStateRoute(REPORT, 'resolve')
  resolveComment(
    @CurrentActor() actor: Actor,
    @Param() params: ReportCommentParams,
  ): Promise<Reporting.CommentThreadView> {
    return this.comments.setOpen(this.reports, actor, reportKeyOf(params), params.commentId, false);
  }

  @CommentThreadStateRoute(REPORT, 'reopen')
  reopenComment(
    @CurrentActor() actor: Actor,
    @Param() params: ReportCommentParams,
  ): Promise<Reporting.CommentThreadView> {
    return this.comments.setOpen(this.reports, actor, reportKeyOf(params), params.commentId, true);
  }
}
