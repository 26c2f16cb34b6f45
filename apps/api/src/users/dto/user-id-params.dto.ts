import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class UserIdParams {
  @ApiProperty({ example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' })
  @IsUUID('all', { message: 'id must be a user id (UUID)' })
  id!: string;
}
