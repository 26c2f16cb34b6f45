import { Actor, CurrentActor, Roles } from '@app/auth';
import { NotificationJobs } from '@app/notifications';
import { JobDescription } from '@app/queue';
import { SummaryJobs } from '@app/summaries';
import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class JobIdParams {
  @ApiProperty({ example: '17' })
  @Matches(/^[A-Za-z0-9:_-]{1,200}$/, { message: 'id must be a job id' })
  id!: string;
}

export class JobView {
  @ApiProperty({ example: '17' }) id!: string;
  @ApiProperty({ example: 'summaries', enum: ['summaries', 'notifications'] }) queue!: string;
  @ApiProperty({ example: 'recompute-all' }) name!: string;
  @ApiProperty({
    example: 'completed',
    enum: ['waiting', 'delayed', 'active', 'completed', 'failed', 'paused', 'stuck'],
  })
  state!: string;
  @ApiProperty({ example: 100 }) progress!: number;
  @ApiProperty({ example: 1 }) attemptsMade!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) failedReason!: string | null;
  @ApiProperty({ example: '2026-02-01T02:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-02-01T02:00:04.000Z' }) finishedAt!:
    string | null;
  @ApiProperty({ nullable: true, example: { summaries: 88 } }) result!: unknown;
}

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
      throw new NotFoundException(
        `No job ${params.id} (finished jobs are kept for a while, failed ones until removed)`,
      );
    return job;
  }
}
