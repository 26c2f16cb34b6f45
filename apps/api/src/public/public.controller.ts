import {
  LICENCE,
  OPEN_DATA_CONTENT_TYPES,
  PublicationChangesView,
  PublicationsService,
  PublicationView,
  PublicCountryView,
  PublicProfiles,
  PublishedSummaryView,
} from '@app/publications';
import { ProcessListView } from '@app/reference';
import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import {
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Iso3Params } from '../countries/dto/iso3-params.dto';
import { Public } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { RateLimited } from '../http/rate-limits';
import {
  PublicationFileParams,
  PublicationListQuery,
  PublicationParams,
} from '../publications/dto/publication.dto';
import { PUBLISHED_CACHE_CONTROL, sendCacheable } from './public-cache';

const JSON_TYPE = 'application/json; charset=utf-8';
type Body = string | Buffer | undefined;

/** The portal's API: no sign-in, cacheable, rate-limited per address, never an internal field. */
@ApiTags('public')
@Public()
@RateLimited('public-api')
@ApiResponse({ status: 304, description: 'Unchanged since the ETag sent in If-None-Match' })
@ApiTooManyRequestsResponse({ description: 'Too many requests from this address this minute' })
@Controller('public')
export class PublicController {
  constructor(
    private readonly publications: PublicationsService,
    private readonly profiles: PublicProfiles,
  ) {}

  @Get('processes')
  @ApiOperation({ summary: 'The regional processes and their members' })
  @ApiOkResponse({ type: ProcessListView })
  async processes(
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Body> {
    const list = await this.profiles.processList();
    return sendCacheable(reply, ifNoneMatch, JSON.stringify(list), JSON_TYPE);
  }

  @Get('publications')
  @ApiOperation({ summary: 'Published versions, newest first; withdrawn ones listed as such' })
  @ApiOkResponse({ type: [PublicationView] })
  @ApiBadRequestProblem()
  async list(
    @Query() query: PublicationListQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Body> {
    const list = await this.publications.list(query);
    return sendCacheable(reply, ifNoneMatch, JSON.stringify(list), JSON_TYPE);
  }

  @Get('publications/:id')
  @ApiOperation({ summary: 'A published version: its frozen summary, citation and licence' })
  @ApiOkResponse({ type: PublishedSummaryView })
  @ApiNotFoundResponse({ description: 'No such publication' })
  @ApiGoneResponse({ description: 'Withdrawn' })
  async published(
    @Param() params: PublicationParams,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Body> {
    const published = await this.publications.published(params.id);
    const json = JSON.stringify(published);
    return sendCacheable(reply, ifNoneMatch, json, JSON_TYPE, PUBLISHED_CACHE_CONTROL);
  }

  @Get('publications/:id/changes')
  @ApiOperation({ summary: 'The figures that changed from the previous version' })
  @ApiOkResponse({ type: PublicationChangesView })
  @ApiNotFoundResponse({ description: 'No such publication' })
  @ApiGoneResponse({ description: 'Withdrawn' })
  async changes(
    @Param() params: PublicationParams,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Body> {
    const changes = await this.publications.changes(params.id);
    return sendCacheable(reply, ifNoneMatch, JSON.stringify(changes), JSON_TYPE);
  }

  @Get('publications/:id/files/:format')
  @ApiOperation({
    summary: 'Open data under CC BY 4.0: CSV (tidy long form), JSON, XLSX, SDMX-CSV',
  })
  @ApiProduces(...Object.values(OPEN_DATA_CONTENT_TYPES))
  @ApiOkResponse({ description: 'The file' })
  @ApiNotFoundResponse({ description: 'No such publication' })
  @ApiGoneResponse({ description: 'Withdrawn' })
  async file(
    @Param() params: PublicationFileParams,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Body> {
    const file = await this.publications.file(params.id, params.format);
    reply
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('link', `<${LICENCE.url}>; rel="license"`);
    return sendCacheable(reply, ifNoneMatch, file.body, file.contentType, PUBLISHED_CACHE_CONTROL);
  }

  @Get('countries/:iso3')
  @ApiOperation({
    summary: 'A country profile: treaty status with provenance, validated statuses per action',
  })
  @ApiOkResponse({ type: PublicCountryView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'No country with that code' })
  async country(
    @Param() params: Iso3Params,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Body> {
    const profile = await this.profiles.country(params.iso3);
    return sendCacheable(reply, ifNoneMatch, JSON.stringify(profile), JSON_TYPE);
  }
}
