import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsTimestamp } from '@app/reporting';
import { PageQuery } from '../../http/pagination';

const AUDITED_ENTITIES = [
  'report',
  'indicator_set',
  'user',
  'period',
  'subscription',
  'publication',
  'treaty',
];

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
