import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { upperCase } from '../../http/transforms';
import { IsProcessCode } from '../../http/is-code';

export class ProcessCodeParams {
  @ApiProperty({ example: 'RCM', description: 'Regional process code' })
  @Transform(upperCase)
  @IsProcessCode()
  code!: string;
}
