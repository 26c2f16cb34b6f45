import { ApiProperty } from '@nestjs/swagger';

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
