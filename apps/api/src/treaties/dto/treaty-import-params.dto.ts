import { IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { TreatyCodeParams } from './treaty-code-params.dto';

export class TreatyImportParams extends TreatyCodeParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be an import id (a UUID)' })
  id!: string;
}
