import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class PeriodCodeParams {
  @ApiProperty({ example: '2025' })
  @Matches(/^\d{4}$/, { message: 'code must be a year such as 2025' })
  code!: string;
}
