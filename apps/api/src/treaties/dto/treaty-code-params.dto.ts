import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { upperCase } from '../../http/transforms';

export class TreatyCodeParams {
  @ApiProperty({
    example: 'SOM',
    description: 'SOM (Smuggling of Migrants Protocol), UNTOC or TIP',
  })
  @Transform(upperCase)
  @Matches(/^[A-Z]{2,10}$/, { message: 'code must be a treaty code such as SOM, UNTOC or TIP' })
  code!: string;
}
