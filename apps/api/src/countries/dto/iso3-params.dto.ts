import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { upperCase } from '../../http/transforms';

export class Iso3Params {
  @ApiProperty({ example: 'MEX', description: 'ISO 3166-1 alpha-3 code' })
  @Transform(upperCase)
  @Matches(/^[A-Z]{3}$/, { message: 'iso3 must be three letters (ISO 3166-1 alpha-3), e.g. MEX' })
  iso3!: string;
}
