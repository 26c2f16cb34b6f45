import { Roles } from '@app/auth';
import {
  DELIVERY_STATUSES,
  DeliveryStatus,
  DeliveryView,
  EMAIL_KINDS,
  EMAIL_SCHEDULES,
  EmailDeliveries,
  EmailKind,
  EmailSchedule,
  NotificationJobs,
} from '@app/notifications';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { PageQuery } from '../http/pagination';

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

export class ScheduleParams {
  @ApiProperty({ enum: EMAIL_SCHEDULES, example: 'weekly' })
  @IsIn(EMAIL_SCHEDULES)
  schedule!: EmailSchedule;
}

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

export class ScheduleRunDoc {
  @ApiProperty({ example: '17' }) jobId!: string;
}

/** What the tracker emailed (admins), and running an email schedule now. */
@ApiTags('email')
@ApiBearerAuth()
@Roles('admin')
@Controller()
export class EmailController {
  constructor(
    private readonly deliveries: EmailDeliveries,
    private readonly jobs: NotificationJobs,
  ) {}

  @Get('email-deliveries')
  @ApiOperation({ summary: 'Every email: recipient, kind, status, attempts, last error (admins)' })
  @ApiOkResponse({ type: DeliveryListDoc })
  @ApiBadRequestProblem()
  list(
    @Query() query: DeliveryQuery,
  ): Promise<{ items: DeliveryView[]; total: number; page: number; pageSize: number }> {
    return this.deliveries.list(query);
  }

  @Post('email-schedules/:schedule/run')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Run an email schedule now (weekly or monthly digests, or the reminders): 202 and the job to follow at GET /jobs/{id}… of the notifications queue',
  })
  @ApiAcceptedResponse({ type: ScheduleRunDoc })
  async run(@Param() params: ScheduleParams): Promise<ScheduleRunDoc> {
    return { jobId: await this.jobs.runNow(params.schedule) };
  }
}
