import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { toInt, CRON, URL_WITH } from './rules';

/** Email: the SMTP server, the sender, and the schedules of digests, reminders and workflow notices. */
export class MailVariables {
  @Matches(URL_WITH(['smtp', 'smtps']), {
    message: 'must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:1025',
  })
  SMTP_URL!: string;

  @IsString()
  @Matches(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'must be an address, e.g. "Tracker <no-reply@example.org>"',
  })
  MAIL_FROM!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_CONNECTIONS!: number;

  @Matches(CRON, { message: 'must be a five-field cron expression, e.g. "0 7 * * 1"' })
  DIGEST_WEEKLY_CRON!: string;

  @Matches(CRON, { message: 'must be a five-field cron expression, e.g. "0 7 1 * *"' })
  DIGEST_MONTHLY_CRON!: string;

  @Matches(CRON, { message: 'must be a five-field cron expression, e.g. "0 8 * * *"' })
  REMINDER_CRON!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(180)
  REMINDER_DAYS_BEFORE_DUE!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(180)
  REVIEW_REMINDER_DAYS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  UNSUBSCRIBE_LINK_DAYS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(86400000)
  WORKFLOW_BATCH_MS!: number;
}
