import { Transform } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { toInt, CRON } from './rules';

/** Background jobs: the outbox relay, summary recomputes and their retries. */
export class JobVariables {
  @Matches(CRON, { message: 'must be a five-field cron expression, e.g. "0 2 * * *"' })
  SUMMARY_NIGHTLY_CRON!: string;

  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_POLL_MS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600000)
  SUMMARY_COALESCE_MS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  JOB_ATTEMPTS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(600000)
  JOB_BACKOFF_MS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  JOB_LOCK_MS!: number;
}
