import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class SessionIdParams {
  @ApiProperty({ example: '5d7c1b0e-2a4f-4f7e-9b1c-0c9e8f7a6b5d' })
  @IsUUID('all', { message: 'id must be a session id (UUID)' })
  id!: string;
}
