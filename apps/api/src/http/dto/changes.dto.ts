import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `…/changes?since=`: the version to compare with (default: the last review's). */
export class ChangesQuery {
  @ApiPropertyOptional({
    example: 3,
    description: 'Default: the version the last return, validation or reopening left',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  since?: number;
}

export class PartChangeDoc {
  @ApiProperty({
    example: 'narrative',
    description:
      'status, narrative, areas, checklist.<item>, evidence.<title>; for indicator values <indicator>.<sex>.<age> (all for totals)',
  })
  part!: string;
  @ApiProperty({ nullable: true, description: 'At `since`; null: absent', example: 'Draft law' })
  before!: unknown;
  @ApiProperty({ nullable: true, description: 'Now; null: absent', example: 'Law adopted' })
  after!: unknown;
}

export class ChangesViewDoc {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3,
    description: 'The version compared with; null when no coordinator has reviewed it yet',
  })
  since!: number | null;
  @ApiProperty({ example: 5, description: 'The version now' }) version!: number;
  @ApiProperty({ type: [PartChangeDoc] }) changes!: PartChangeDoc[];
}
