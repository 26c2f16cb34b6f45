import { AuditEventView, AuditTrail } from '@app/audit';
import { Roles } from '@app/auth';
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { IsTimestamp } from '../http/is-calendar-date';
import { PageQuery } from '../http/pagination';

export class AuditActorDoc {
  @ApiProperty({ type: String, nullable: true, example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' })
  id!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'fp@sre.gob.mx' }) email!: string | null;
}

export class AuditEventDoc {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ example: '2026-02-01T12:00:00.000Z' }) occurredAt!: string;
  @ApiProperty({ type: AuditActorDoc }) actor!: AuditActorDoc;
  @ApiProperty({ type: String, nullable: true, example: '3a554656-b594-4550-8a97-b5c79fd410b2' })
  requestId!: string | null;
  @ApiProperty({ example: 'report.submitted' }) action!: string;
  @ApiProperty({ example: 'report' }) entityType!: string;
  @ApiProperty({ example: '6d1c1f8e-2a7b-4c1e-9f0a-1b2c3d4e5f60' }) entityId!: string;
  @ApiProperty({ nullable: true, example: { state: 'draft', version: 2 } }) before!: unknown;
  @ApiProperty({ nullable: true, example: { state: 'submitted', version: 3 } }) after!: unknown;
}

export class AuditListDoc {
  @ApiProperty({ type: [AuditEventDoc] }) items!: AuditEventDoc[];
  @ApiProperty({ example: 120 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
}

const AUDITED_ENTITIES = ['report', 'indicator_set', 'user', 'period', 'subscription'];

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDITED_ENTITIES, example: 'report' })
  @IsOptional()
  @IsIn(AUDITED_ENTITIES)
  entityType?: string;

  @ApiPropertyOptional({ example: 'MEX/2025' })
  @IsOptional()
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' })
  @IsOptional()
  @IsUUID('all', { message: 'actor must be a user id (UUID)' })
  actor?: string;

  @ApiPropertyOptional({ example: 'auth.login_failed' })
  @IsOptional()
  @Matches(/^[a-z_]+\.[a-z_]+$/, { message: 'action must look like report.submitted' })
  action?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31T23:59:59Z' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @ApiOperation({
    summary:
      'The audit trail: every change, transition, account change and failed sign-in (admins)',
  })
  @ApiOkResponse({ type: AuditListDoc })
  @ApiBadRequestProblem()
  list(
    @Query() query: AuditQuery,
  ): Promise<{ items: AuditEventView[]; total: number; page: number; pageSize: number }> {
    return this.audit.list({ ...query, actorId: query.actor });
  }
}
