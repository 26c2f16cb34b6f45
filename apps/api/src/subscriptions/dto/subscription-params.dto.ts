import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class SubscriptionIdParams {
  @ApiProperty({ example: '6d1c1f8e-2a7b-4c1e-9f0a-1b2c3d4e5f60' })
  @IsUUID('all', { message: 'subscriptionId must be a subscription id (UUID)' })
  subscriptionId!: string;
}

export class UserSubscriptionParams extends SubscriptionIdParams {
  @ApiProperty({ example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' })
  @IsUUID('all', { message: 'id must be a user id (UUID)' })
  id!: string;
}
