import type { Actor } from '@app/auth';
import { AppConfig } from '@app/config';
import { RedisThrottlerStorage } from '@app/queue';
import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';

const WINDOW_MS = 60_000;

/**
 * Summary files (CSV, XLSX, PDF) cost real work to render: each user may download
 * EXPORT_LIMIT_PER_MINUTE of them a minute (429 with Retry-After beyond). JSON is not limited.
 */
@Injectable()
export class ExportRateLimitGuard implements CanActivate {
  constructor(
    private readonly storage: RedisThrottlerStorage,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<{ query: { format?: string }; actor?: Actor }>();
    const format = request.query.format ?? 'json';
    if (format === 'json' || !request.actor) return true;
    const limit = this.config.auth.exportLimitPerMinute;
    const record = await this.storage.increment(
      request.actor.id,
      WINDOW_MS,
      limit,
      0,
      'summary-export',
    );
    if (!record.isBlocked) return true;
    context
      .switchToHttp()
      .getResponse<FastifyReply>()
      .header('retry-after', String(record.timeToExpire));
    throw new HttpException(
      `At most ${limit} summary downloads a minute; try again in ${record.timeToExpire} s.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
