import { CountryScope } from './access/decorators';
import { MAX_PATCH_OPERATIONS } from '@app/reporting';
import { applyDecorators, Patch, Type } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
} from '@nestjs/swagger';
import { ApiBadRequestProblem, ProblemDoc } from './api-problem.decorators';

const JSON_VALUE = [
  { type: 'string' },
  { type: 'number' },
  { type: 'boolean' },
  { type: 'object' },
  { type: 'array', items: {} },
];

/** One RFC 6902 operation. */
export class JsonPatchOperationDoc {
  @ApiProperty({ enum: ['add', 'remove', 'replace', 'move', 'copy', 'test'], example: 'replace' })
  op!: string;
  @ApiProperty({ example: '/checklist/2/note', description: 'JSON Pointer into the PUT body' })
  path!: string;
  @ApiPropertyOptional({
    description: 'add, replace, test: any JSON value',
    example: 'Art. 160 Ley de Migración',
    oneOf: JSON_VALUE,
  })
  value?: unknown;
  @ApiPropertyOptional({ description: 'move, copy', example: '/evidence/0' })
  from?: string;
}

export class PartConflictDoc {
  @ApiProperty({
    example: 'checklist.d3',
    description:
      'status, narrative, areas, checklist.<item>, evidence.<title>; for indicator values <indicator>.<sex>.<age> (all for totals)',
  })
  part!: string;
  @ApiProperty({
    nullable: true,
    description: 'At the version you started from; null: absent',
    example: { answer: 'partial', note: 'Draft reform pending' },
  })
  base!: unknown;
  @ApiProperty({
    nullable: true,
    description: 'What your patch makes it',
    example: { answer: 'yes', note: 'Art. 159 bis' },
  })
  mine!: unknown;
  @ApiProperty({
    nullable: true,
    description: 'What was saved since',
    example: { answer: 'partial', note: 'Reform approved in committee' },
  })
  theirs!: unknown;
}

export class PatchConflictDoc extends ProblemDoc {
  @ApiProperty({ type: [PartConflictDoc] }) conflicts!: PartConflictDoc[];
  @ApiProperty({ example: 4 }) currentVersion!: number;
  @ApiProperty({ example: 'fp.mex@example.org', description: 'Who saved the current version' })
  updatedBy!: string;
  @ApiProperty({ example: '2026-03-02T10:15:00.000Z' }) updatedAt!: string;
}

/** PATCH of one reviewed record: a JSON Patch of its PUT body, from the version in If-Match. */
export const PatchRecordRoute = (path: string, view: Type, record: string) =>
  applyDecorators(
    Patch(path),
    CountryScope('write'),
    ApiOperation({
      summary: `Save only what you changed in ${record}: a JSON Patch (RFC 6902) of its PUT body`,
      description:
        'Made from the version named in If-Match (required). Applied to that version and merged ' +
        'part by part with whatever was saved since: parts changed only by you or only by others ' +
        'are both kept; a part both changed differently is a 409 naming it with its base, your ' +
        'and the saved value. The result must be a valid PUT body. ' +
        `At most ${MAX_PATCH_OPERATIONS} operations.`,
    }),
    ApiConsumes('application/json-patch+json', 'application/json'),
    ApiBody({ type: [JsonPatchOperationDoc] }),
    ApiHeader({
      name: 'If-Match',
      required: true,
      description: 'The ETag of the version your changes start from',
      example: '"3"',
    }),
    ApiExtraModels(PatchConflictDoc),
    ApiOkResponse({ type: view, description: 'Saved, merged with changes made since' }),
    ApiBadRequestProblem(),
    ApiForbiddenResponse({ description: 'The country is outside your scope' }),
    ApiNotFoundResponse({ description: 'No such country, period or action, or no record yet' }),
    ApiConflictResponse({
      type: PatchConflictDoc,
      description:
        'Parts you changed were changed differently since (conflicts), or the record is not editable in its state, or the period is closed',
    }),
    ApiPreconditionFailedResponse({
      description: 'The version in If-Match is unknown or too old to merge with: reload',
    }),
    ApiResponse({ status: 428, type: ProblemDoc, description: 'If-Match missing' }),
  );
