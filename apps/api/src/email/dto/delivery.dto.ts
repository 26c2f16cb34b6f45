import { DELIVERY_STATUSES, DeliveryStatus, EMAIL_KINDS, EmailKind } from '@app/notifications';
import { ApiProperty } from '@nestjs/swagger';

export class DeliveryDoc {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ example: 'digest:0b6f…:weekly:2026-W48' }) idempotencyKey!: string;
  @ApiProperty({ enum: EMAIL_KINDS, example: 'digest' }) kind!: EmailKind;
  @ApiProperty({ example: 'fp@sre.gob.mx' }) recipient!: string;
  @ApiProperty({ example: 'Weekly Objective 9 digest: RCM' }) subject!: string;
  @ApiProperty({ example: 'weekly:2026-W48' }) window!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, example: 'sent' }) status!: DeliveryStatus;
  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) lastError!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '<3f2a…@gcm9.tracker>' }) messageId!:
    string | null;
  @ApiProperty({ example: '2026-11-23T07:00:01.000Z' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-23T07:00:02.000Z' }) sentAt!:
    string | null;
}

export class DeliveryListDoc {
  @ApiProperty({ type: [DeliveryDoc] }) items!: DeliveryDoc[];
  @ApiProperty({ example: 1 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
}
