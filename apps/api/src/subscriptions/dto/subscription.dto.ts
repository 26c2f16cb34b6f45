import { DIGEST_FREQUENCIES, DigestFrequency } from '@app/notifications';
import { ApiProperty } from '@nestjs/swagger';

export class SubscriptionDoc {
  @ApiProperty({ example: '6d1c1f8e-2a7b-4c1e-9f0a-1b2c3d4e5f60' }) id!: string;
  @ApiProperty({ example: 'RCM' }) process!: string;
  @ApiProperty({ example: 'Regional Conference on Migration (Puebla Process)' })
  processName!: string;
  @ApiProperty({ enum: DIGEST_FREQUENCIES, example: 'weekly' }) frequency!: DigestFrequency;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt!: string;
}
