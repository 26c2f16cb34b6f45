import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDoc {
  @ApiProperty({ example: 'asOf' }) field!: string;
  @ApiProperty({ type: [String], example: ['asOf must be a date as YYYY-MM-DD'] })
  messages!: string[];
}

/** RFC 9457 problem details, as every error is returned. */
export class ProblemDoc {
  @ApiProperty({ example: 'about:blank' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({
    example: 'validation_failed',
    description: 'Stable machine code (docs/api.md); the detail is in the caller’s language',
  })
  code!: string;
  @ApiProperty({ example: 'The request is not valid; see errors for each field.' }) detail!: string;
  @ApiPropertyOptional({ example: '/api/v1/treaties/SOM/status' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorDoc] }) errors?: FieldErrorDoc[];
}

export const ApiBadRequestProblem = () =>
  applyDecorators(
    ApiBadRequestResponse({
      type: ProblemDoc,
      description: 'Malformed parameters, one entry per field',
    }),
  );
