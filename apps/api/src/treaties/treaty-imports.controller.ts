import { Actor } from '@app/auth';
import { ApplyTreatyImport, TreatyImports } from '@app/imports';
import type * as Imports from '@app/imports';
import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { receiveUploadWithFields } from '../http/uploads';
import { TreatyCodeParams } from './dto/treaty-code-params.dto';
import { TreatyImportParams } from './dto/treaty-import-params.dto';
import { TreatyImportView } from './dto/treaty-import.views';

@ApiTags('imports')
@ApiBearerAuth()
@Roles('admin')
@Controller('treaties/:code/imports')
export class TreatyImportsController {
  constructor(
    private readonly imports: TreatyImports,
    private readonly applyImport: ApplyTreatyImport,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Upload a UN Treaty Collection participant table (admins): previewed, not written',
    description:
      'The table as the UNTC page shows it, saved as CSV or XLSX (Participant, Signature, Ratification… with the a/A/AA/d suffixes), and `readOn`, the day it was read.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'readOn'],
      properties: {
        file: { type: 'string', format: 'binary' },
        readOn: { type: 'string', format: 'date', example: '2024-04-26' },
      },
    },
  })
  @ApiAcceptedResponse({ type: TreatyImportView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'Unknown treaty' })
  async upload(
    @CurrentActor() actor: Actor,
    @Param() params: TreatyCodeParams,
    @Req() request: FastifyRequest,
  ): Promise<Imports.TreatyImportView> {
    const { file, fields } = await receiveUploadWithFields(request, ['readOn']);
    return this.imports.upload(actor, params.code, file, fields.readOn);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A treaty import: its preview, and what applying wrote' })
  @ApiOkResponse({ type: TreatyImportView })
  @ApiNotFoundResponse({ description: 'No such import of this treaty' })
  view(@Param() params: TreatyImportParams): Promise<Imports.TreatyImportView> {
    return this.imports.view(params.code, params.id);
  }

  @Post(':id/apply')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Store the table as the treaty’s status records and move its completeness date',
    description:
      'Every row cites the import (id, file SHA-256, reading day) as its source; the summaries of the affected periods are recomputed by the worker. A second apply does nothing.',
  })
  @ApiOkResponse({ type: TreatyImportView })
  @ApiConflictResponse({ description: 'Rows left unmatched, or the data was completed since' })
  apply(
    @CurrentActor() actor: Actor,
    @Param() params: TreatyImportParams,
  ): Promise<Imports.TreatyImportView> {
    return this.applyImport.execute(actor, params.code, params.id);
  }
}
