import { ApiProperty } from '@nestjs/swagger';
import { IsPeriodCode } from '../../http/is-code';

export class PeriodCodeParams {
  @ApiProperty({ example: '2025' })
  @IsPeriodCode()
  code!: string;
}
