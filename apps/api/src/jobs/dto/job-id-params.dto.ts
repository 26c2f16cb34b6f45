import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class JobIdParams {
  @ApiProperty({ example: '17' })
  @Matches(/^[A-Za-z0-9:_-]{1,200}$/, { message: 'id must be a job id' })
  id!: string;
}
