import { EMAIL_SCHEDULES, EmailSchedule } from '@app/notifications';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class ScheduleParams {
  @ApiProperty({ enum: EMAIL_SCHEDULES, example: 'weekly' })
  @IsIn(EMAIL_SCHEDULES)
  schedule!: EmailSchedule;
}

export class ScheduleRunDoc {
  @ApiProperty({ example: '17' }) jobId!: string;
}
