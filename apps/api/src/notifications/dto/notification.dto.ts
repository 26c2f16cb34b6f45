import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@app/notifications';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  Matches,
  ValidateIf,
} from 'class-validator';
import { PageQuery, PageView } from '../../http/pagination';

export class NotificationListQuery extends PageQuery {
  @ApiPropertyOptional({ example: true, description: 'Only the unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class NotificationDoc {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'record_returned' }) kind!: NotificationKind;
  @ApiProperty({ enum: ['report', 'indicator_set'], example: 'report' }) recordType!:
    'report' | 'indicator_set';
  @ApiProperty({ example: 'MEX' }) country!: string;
  @ApiProperty({ example: 'Mexico' }) countryName!: string;
  @ApiProperty({ example: '2025' }) period!: string;
  @ApiProperty({ type: String, nullable: true, example: 'd', description: 'Reports only' })
  action!: string | null;
  @ApiProperty({ example: '/reports/MEX/2025/d', description: 'The record’s page in the web app' })
  path!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Ana Coordinator' }) actorName!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Please cite the 2021 amendment.' })
  comment!: string | null;
  @ApiProperty({ example: '2026-11-29T16:00:00.000Z', description: 'When it happened' })
  occurredAt!: string;
  @ApiProperty({
    example: '2026-11-29T16:00:01.000Z',
    description: 'When you were notified: coordinators’ emails are batched by this',
  })
  createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) readAt!: string | null;
}

export class NotificationPageDoc extends PageView {
  @ApiProperty({ type: [NotificationDoc] }) items!: NotificationDoc[];
  @ApiProperty({ example: 3, description: 'All your unread notifications' }) unread!: number;
}

/** Which notifications to mark read: some ids, or all of them. */
export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], example: ['42', '43'] })
  @ValidateIf((body: MarkReadDto) => body.all === undefined)
  @IsArray({ message: 'ids must be a list of notification ids, or send all: true' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @Matches(/^[1-9][0-9]{0,17}$/, { each: true, message: 'each id must be a notification id' })
  ids?: string[];

  @ApiPropertyOptional({ example: true, description: 'Mark every notification read' })
  @ValidateIf((body: MarkReadDto) => body.ids === undefined)
  @Equals(true, { message: 'all must be true, or send ids' })
  all?: true;
}

export class MarkReadView {
  @ApiProperty({ example: 2, description: 'How many of yours were marked read' }) marked!: number;
  @ApiProperty({ example: 1 }) unread!: number;
}

const delivery = (description: string) =>
  ApiProperty({ enum: NOTIFICATION_DELIVERIES, example: 'immediately', description });

/**
 * How email tells you of each kind of event: `immediately` (submissions: at most one email an
 * hour, listing them), `digest` (a section of your digest), or `off`. The list in the app has
 * them all either way.
 */
export class NotificationPreferencesDto implements Record<NotificationKind, NotificationDelivery> {
  @delivery('Coordinators: a report or indicator values submitted')
  @IsIn(NOTIFICATION_DELIVERIES)
  record_submitted!: NotificationDelivery;

  @delivery('Coordinators: submitted again after a return')
  @IsIn(NOTIFICATION_DELIVERIES)
  record_resubmitted!: NotificationDelivery;

  @delivery('Focal points: returned for changes')
  @IsIn(NOTIFICATION_DELIVERIES)
  record_returned!: NotificationDelivery;

  @delivery('Focal points: validated')
  @IsIn(NOTIFICATION_DELIVERIES)
  record_validated!: NotificationDelivery;

  @delivery('Focal points: reopened')
  @IsIn(NOTIFICATION_DELIVERIES)
  record_reopened!: NotificationDelivery;
}
