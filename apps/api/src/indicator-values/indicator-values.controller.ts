import { AuditEventView } from '@app/audit';
import { Actor, CountryScope, CurrentActor } from '@app/auth';
import { etagOf, versionFromIfMatch } from '@app/problems';
import {
  INDICATOR_SET_SORTS,
  IndicatorSetListView,
  IndicatorSetView,
  IndicatorValuesService,
} from '@app/reporting';
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
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
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
import type { FastifyReply } from 'fastify';
import { AuditEventDoc } from '../audit/audit.controller';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { ReviewListQuery } from '../http/review-list-query';
import { CountryPeriodParams } from '../http/params';
import { ReopenDto, ReturnDto } from '../reports/report.dto';

const MAX_COUNT = 1_000_000_000;

class AgeBreakdownDto {
  @ApiProperty({ example: 12 }) @IsInt() @Min(0) @Max(MAX_COUNT) child!: number;
  @ApiProperty({ example: 80 }) @IsInt() @Min(0) @Max(MAX_COUNT) adult!: number;
  @ApiProperty({ example: 3 }) @IsInt() @Min(0) @Max(MAX_COUNT) unknown!: number;
}

class SexBreakdownDto {
  @ApiProperty({ example: 20 }) @IsInt() @Min(0) @Max(MAX_COUNT) female!: number;
  @ApiProperty({ example: 75 }) @IsInt() @Min(0) @Max(MAX_COUNT) male!: number;
  @ApiProperty({ example: 0 }) @IsInt() @Min(0) @Max(MAX_COUNT) unknown!: number;
}

class SexAgeBreakdownDto {
  @ApiProperty({ type: AgeBreakdownDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AgeBreakdownDto)
  female!: AgeBreakdownDto;
  @ApiProperty({ type: AgeBreakdownDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AgeBreakdownDto)
  male!: AgeBreakdownDto;
  @ApiProperty({ type: AgeBreakdownDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AgeBreakdownDto)
  unknown!: AgeBreakdownDto;
}

export class IndicatorValueDto {
  @ApiProperty({
    example: 'SOM_PERSONS_CONVICTED',
    description: 'An indicator code (GET /indicators)',
  })
  @Matches(/^[A-Z][A-Z0-9_]{2,63}$/, {
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

const SORTS = [...INDICATOR_SET_SORTS, ...INDICATOR_SET_SORTS.map((sort) => `-${sort}`)];

export class IndicatorSetListQuery extends ReviewListQuery {
  @ApiPropertyOptional({
    enum: SORTS,
    example: 'submittedAt',
    description:
      'Default: oldest submission first for state=submitted, otherwise most recently updated first',
  })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

const keyOf = (params: CountryPeriodParams) => ({ country: params.iso3, period: params.period });
const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The ETag you read',
  example: '"1"',
};

@ApiTags('indicator values')
@ApiBearerAuth()
@Controller('indicator-values')
export class IndicatorValuesController {
  constructor(private readonly indicators: IndicatorValuesService) {}

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
  ): Promise<IndicatorSetListView> {
    return this.indicators.list(actor, query);
  }

  @Get(':iso3/:period')
  @CountryScope('read')
  @ApiOperation({ summary: 'A country’s indicator values for a period, with version as ETag' })
  @ApiOkResponse({ type: IndicatorSetView })
  async get(
    @Param() params: CountryPeriodParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorSetView> {
    return this.withEtag(reply, await this.indicators.get(keyOf(params)));
  }

  @Put(':iso3/:period')
  @CountryScope('write')
  @ApiOperation({
    summary:
      'Set the values: non-negative integers, parts adding up to totals (If-Match to update)',
  })
  @ApiHeader({
    ...IF_MATCH,
    description: 'Required to update: the ETag you read. Absent to create.',
  })
  @ApiCreatedResponse({ type: IndicatorSetView, description: 'Created' })
  @ApiOkResponse({ type: IndicatorSetView, description: 'Updated' })
  @ApiBadRequestProblem()
  @ApiPreconditionFailedResponse({ description: 'Someone saved a newer version meanwhile' })
  @ApiConflictResponse({ description: 'Not editable in its state, or the period is closed' })
  async save(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Body() body: SaveIndicatorValuesDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorSetView> {
    const { set, created } = await this.indicators.save(actor, keyOf(params), body.values, ifMatch);
    if (created)
      reply.status(201).header('location', `/api/v1/indicator-values/${set.country}/${set.period}`);
    return this.withEtag(reply, set);
  }

  @Post(':iso3/:period/submit')
  @HttpCode(200)
  @CountryScope('write')
  @ApiOperation({ summary: 'Submit the values for review' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: IndicatorSetView })
  async submit(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorSetView> {
    return this.withEtag(
      reply,
      await this.indicators.transition(actor, keyOf(params), {
        event: 'submit',
        expectedVersion: versionFromIfMatch(ifMatch),
      }),
    );
  }

  @Post(':iso3/:period/return')
  @HttpCode(200)
  @CountryScope('review')
  @ApiOperation({ summary: 'Return submitted values with a comment' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: IndicatorSetView })
  async return(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Body() body: ReturnDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorSetView> {
    return this.withEtag(
      reply,
      await this.indicators.transition(actor, keyOf(params), {
        event: 'return',
        comment: body.comment,
        expectedVersion: versionFromIfMatch(ifMatch),
      }),
    );
  }

  @Post(':iso3/:period/validate')
  @HttpCode(200)
  @CountryScope('review')
  @ApiOperation({ summary: 'Validate submitted values' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: IndicatorSetView })
  async validate(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorSetView> {
    return this.withEtag(
      reply,
      await this.indicators.transition(actor, keyOf(params), {
        event: 'validate',
        expectedVersion: versionFromIfMatch(ifMatch),
      }),
    );
  }

  @Post(':iso3/:period/reopen')
  @HttpCode(200)
  @CountryScope('review')
  @ApiOperation({ summary: 'Reopen validated values for correction, with a reason' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: IndicatorSetView })
  async reopen(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Body() body: ReopenDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IndicatorSetView> {
    return this.withEtag(
      reply,
      await this.indicators.transition(actor, keyOf(params), {
        event: 'reopen',
        comment: body.reason,
        expectedVersion: versionFromIfMatch(ifMatch),
      }),
    );
  }

  @Get(':iso3/:period/history')
  @CountryScope('read')
  @ApiOperation({ summary: 'Every change and transition of these values, oldest first' })
  @ApiOkResponse({ type: [AuditEventDoc] })
  history(@Param() params: CountryPeriodParams): Promise<AuditEventView[]> {
    return this.indicators.history(keyOf(params));
  }

  private withEtag(reply: FastifyReply, set: IndicatorSetView): IndicatorSetView {
    reply.header('etag', etagOf(set.version));
    return set;
  }
}
