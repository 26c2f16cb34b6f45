import { Actor } from '@app/auth';
import { NotificationJobs } from '@app/notifications';
import { JobDescription } from '@app/queue';
import { SummaryJobs } from '@app/summaries';
import { NotFound } from '@app/problems';
import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/access/decorators';
import { JobView } from './dto/job.dto';
import { JobIdParams } from './dto/job-id-params.dto';

/** Background jobs queued through the API (summary refreshes, email schedules run now). */
@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly summaryJobs: SummaryJobs,
    private readonly notificationJobs: NotificationJobs,
  ) {}

  @Get(':id')
  @Roles('admin', 'analyst')
  @ApiOperation({ summary: 'A background job: state, progress, result or failure' })
  @ApiOkResponse({ type: JobView })
  @ApiNotFoundResponse({ description: 'No such job' })
  async job(@CurrentActor() actor: Actor, @Param() params: JobIdParams): Promise<JobDescription> {
    // Email jobs name recipients (and SMTP replies may): they are for admins, like the delivery log.
    const job =
      (await this.summaryJobs.job(params.id)) ??
      (actor.role === 'admin' ? await this.notificationJobs.job(params.id) : null);
    if (!job)
      throw new NotFound(
        `No job ${params.id} (finished jobs are kept for a while, failed ones until removed)`,
      );
    return job;
  }
}
