import { DIGEST_FREQUENCIES, DigestFrequency } from '@app/notifications';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, Matches } from 'class-validator';
import { upperCase } from '../../http/transforms';

export class SubscribeDto {
  @ApiProperty({ example: 'RCM' })
  @Transform(upperCase)
  @Matches(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'process must be a process code such as RCM' })
  process!: string;

  @ApiProperty({ enum: DIGEST_FREQUENCIES, example: 'weekly' })
  @IsIn(DIGEST_FREQUENCIES)
  frequency!: DigestFrequency;
}
