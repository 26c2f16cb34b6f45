import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { upperCase } from '../../http/transforms';
import { IsIso3 } from '../../http/is-code';

export class Iso3Params {
  @ApiProperty({ example: 'MEX', description: 'ISO 3166-1 alpha-3 code' })
  @Transform(upperCase)
  @IsIso3()
  iso3!: string;
}
