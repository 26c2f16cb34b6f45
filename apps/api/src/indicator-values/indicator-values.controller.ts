import { AuditEventView } from '@app/audit';
import { Actor } from '@app/auth';
import type { ExpectedVersion } from '@app/domain';
import {
  ChangesSinceReview,
  ChangesView,
  INDICATOR_SET_LIST,
  IndicatorSetPatches,
  IndicatorSetRecords,
  ListRecords,
  ListView,
  PatchRecord,
  ReadRecord,
  RecordComments,
  SaveIndicatorValues,
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
import { CountryPeriodParams } from '../http/params';
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
import { IndicatorSetListQuery } from './dto/indicator-set-list.query';
import {
  IndicatorSetCommentParams,
  indicatorSetKeyOf,
  IndicatorSetTransitionParams,
} from './dto/indicator-set-params';
import { IndicatorSetListView, IndicatorSetView } from './dto/indicator-set.views';
import { SaveIndicatorValuesDto } from './dto/save-indicator-values.dto';

const SET = ':iso3/:period';
type View = Reporting.IndicatorSetView;

@ApiTags('indicator values')
@ApiBearerAuth()
@Controller('indicator-values')
export class IndicatorValuesController {
  constructor(
    private readonly sets: IndicatorSetRecords,
    private readonly saveValues: SaveIndicatorValues,
    private readonly records: ReadRecord,
    private readonly transitions: TransitionRecord,
    private readonly lists: ListRecords,
    private readonly patches: PatchRecord,
    private readonly setPatches: IndicatorSetPatches,
    private readonly changesSince: ChangesSinceReview,
    private readonly comments: RecordComments,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Indicator values the caller may see, filtered and paged; state=submitted is the review queue',
  })
  @ApiOkResponse({ type: IndicatorSetListView })
  @ApiBadRequestProblem()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: IndicatorSetListQuery,
  ): Promise<ListView<Reporting.IndicatorSetSummaryView>> {
    return this.lists.execute(INDICATOR_SET_LIST, actor, query);
  }

  @ReadRecordRoute(
    SET,
    IndicatorSetView,
    'A country’s indicator values for a period, with version as ETag',
  )
  get(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @RecordAnswer() answer: RecordAnswer,
  ): Promise<View> {
    return this.records.view(this.sets, actor, indicatorSetKeyOf(params)).then(answer);
  }

  @SaveRecordRoute(
    SET,
    IndicatorSetView,
    'Set the values: non-negative integers, parts adding up to totals (If-Match to update)',
  )
  save(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Body() body: SaveIndicatorValuesDto,
    @IfMatch() expected: ExpectedVersion,
    @RecordAnswer() answer: RecordAnswer,
  ): Promise<View> {
    const key = indicatorSetKeyOf(params);
    return this.saveValues.execute(actor, key, body.values, expected).then(answer);
  }

  @PatchRecordRoute(SET, IndicatorSetView, 'a country’s draft or returned indicator values')
  patch(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Body() patch: unknown,
    @IfMatch() baseVersion: ExpectedVersion,
    @RecordAnswer() answer: RecordAnswer,
  ): Promise<View> {
    const command = { patch, baseVersion, validate: validDocument(SaveIndicatorValuesDto) };
    return this.patches
      .execute(this.setPatches, actor, indicatorSetKeyOf(params), command)
      .then(answer);
  }

  @TransitionRoute(SET, IndicatorSetView, 'a country’s indicator values')
  transition(
    @CurrentActor() actor: Actor,
    @Param() params: IndicatorSetTransitionParams,
    @Body() body: TransitionDto,
    @IfMatch() expectedVersion: ExpectedVersion,
    @RecordAnswer() answer: RecordAnswer,
  ): Promise<View> {
    const command = { event: params.transition, expectedVersion, ...body };
    return this.transitions
      .execute(this.sets, actor, indicatorSetKeyOf(params), command)
      .then(answer);
  }

  @RecordHistoryRoute(SET, 'Every change and transition of these values, oldest first')
  history(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
  ): Promise<AuditEventView[]> {
    return this.records.history(this.sets, actor, indicatorSetKeyOf(params));
  }

  @RecordChangesRoute(SET, "the country's indicator values")
  changes(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Query() query: ChangesQuery,
  ): Promise<ChangesView> {
    return this.changesSince.execute(
      this.setPatches,
      actor,
      indicatorSetKeyOf(params),
      query.since,
    );
  }

  @RecordCommentsRoute(SET, "the country's indicator values")
  async listComments(
    @Param() params: CountryPeriodParams,
  ): Promise<{ items: Reporting.CommentThreadView[] }> {
    return { items: await this.comments.threads(this.sets, indicatorSetKeyOf(params)) };
  }

  @WriteCommentRoute(SET, "the country's indicator values")
  writeComment(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Body() body: WriteCommentDto,
  ): Promise<Reporting.CommentThreadView> {
    return this.comments.write(this.sets, actor, indicatorSetKeyOf(params), body);
  }

  @CommentThreadStateRoute(SET, 'resolve')
  resolveComment(
    @CurrentActor() actor: Actor,
    @Param() params: IndicatorSetCommentParams,
  ): Promise<Reporting.CommentThreadView> {
    const key = indicatorSetKeyOf(params);
    return this.comments.setOpen(this.sets, actor, key, params.commentId, false);
  }

  @CommentThreadStateRoute(SET, 'reopen')
  reopenComment(
    @CurrentActor() actor: Actor,
    @Param() params: IndicatorSetCommentParams,
  ): Promise<Reporting.CommentThreadView> {
    const key = indicatorSetKeyOf(params);
    return this.comments.setOpen(this.sets, actor, key, params.commentId, true);
  }
}
