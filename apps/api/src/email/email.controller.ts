import { DeliveryView, EmailDeliveries, NotificationJobs } from '@app/notifications';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { DeliveryListDoc } from './dto/delivery.dto';
import { DeliveryQuery } from './dto/delivery-query.dto';
import { ScheduleParams, ScheduleRunDoc } from './dto/schedule.dto';

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
