import { DELIVERY_STATUSES, DeliveryStatus, EMAIL_KINDS, EmailKind } from '@app/notifications';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { PageQuery } from '../../http/pagination';

export class DeliveryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, example: 'failed' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ enum: EMAIL_KINDS, example: 'digest' })
  @IsOptional()
  @IsIn(EMAIL_KINDS)
  kind?: EmailKind;

  @ApiPropertyOptional({ example: 'fp@sre.gob.mx' })
  @IsOptional()
  @IsEmail({}, { message: 'recipient must be an email address' })
  @MaxLength(320)
  recipient?: string;
}
