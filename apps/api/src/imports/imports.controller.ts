import { Actor } from '@app/auth';
import { CountryScope, CurrentActor, Roles } from '../http/access/decorators';
import { ApplyImport, BuildWorkbook, ImportsService } from '@app/imports';
import type * as Imports from '@app/imports';
import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { CountryPeriodParams } from '../http/params';
import { receiveUpload } from '../http/uploads';
import { ImportIdParams } from './dto/import-id.params';
import { ImportView } from './dto/import.views';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('imports')
@ApiBearerAuth()
@Controller()
export class ImportsController {
  constructor(
    private readonly workbooks: BuildWorkbook,
    private readonly imports: ImportsService,
    private readonly applyImport: ApplyImport,
  ) {}

  @Get('workbooks/:iso3/:period')
  @CountryScope('read')
  @ApiOperation({ summary: 'The workbook to fill in offline: a sheet per action, current content' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'An XLSX workbook' })
  @ApiBadRequestProblem()
  async workbook(
    @CurrentActor() actor: Actor,
    @Param() params: CountryPeriodParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const body = await this.workbooks.execute(actor, params.iso3, params.period);
    reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="${params.iso3}-${params.period}.xlsx"`);
    return body;
  }

  @Post('imports')
  @HttpCode(202)
  @Roles('admin', 'focal_point')
  @ApiOperation({ summary: 'Upload a workbook or CSV: the worker previews it; nothing is written' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiAcceptedResponse({ type: ImportView })
  upload(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<Imports.ImportView> {
    return receiveUpload(request).then((file) =>
      this.imports.upload(actor, file.name, file.type, file.body),
    );
  }

  @Get('imports/:id')
  @ApiOperation({ summary: 'An import: state, progress, preview, result (uploader or admin)' })
  @ApiOkResponse({ type: ImportView })
  @ApiNotFoundResponse({ description: 'No such import, or not yours' })
  view(@CurrentActor() actor: Actor, @Param() params: ImportIdParams): Promise<Imports.ImportView> {
    return this.imports.view(actor, params.id);
  }

  @Post('imports/:id/apply')
  @HttpCode(200)
  @Roles('admin', 'focal_point')
  @ApiOperation({
    summary: 'Save the accepted records as drafts, in one transaction; a second apply does nothing',
  })
  @ApiOkResponse({ type: ImportView })
  apply(
    @CurrentActor() actor: Actor,
    @Param() params: ImportIdParams,
  ): Promise<Imports.ImportView> {
    return this.applyImport.execute(actor, params.id);
  }

  @Delete('imports/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a preview (the file and what it would change)' })
  @ApiNoContentResponse()
  discard(@CurrentActor() actor: Actor, @Param() params: ImportIdParams): Promise<void> {
    return this.imports.discard(actor, params.id);
  }
}
