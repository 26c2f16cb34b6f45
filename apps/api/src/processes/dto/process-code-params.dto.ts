import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { upperCase } from '../../http/transforms';

export class ProcessCodeParams {
  @ApiProperty({ example: 'RCM', description: 'Regional process code' })
  @Transform(upperCase)
  @Matches(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'code must be a process code such as RCM' })
  code!: string;
}
