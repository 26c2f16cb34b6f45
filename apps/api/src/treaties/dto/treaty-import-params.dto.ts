import { IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { TreatyCodeParams } from './treaty-code-params.dto';

export class TreatyImportParams extends TreatyCodeParams {
  @ApiProperty({ format: 'uuid', example: '3f1c2e4a-8b7d-4c1e-9f0a-2b3c4d5e6f70' })
  @IsUUID('all', { message: 'id must be an import id (a UUID)' })
  id!: string;
}
