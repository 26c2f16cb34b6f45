import { DIGEST_FREQUENCIES, DigestFrequency } from '@app/notifications';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn } from 'class-validator';
import { upperCase } from '../../http/transforms';
import { IsProcessCode } from '../../http/is-code';

export class SubscribeDto {
  @ApiProperty({ example: 'RCM' })
  @Transform(upperCase)
  @IsProcessCode()
  process!: string;

  @ApiProperty({ enum: DIGEST_FREQUENCIES, example: 'weekly' })
  @IsIn(DIGEST_FREQUENCIES)
  frequency!: DigestFrequency;
}
