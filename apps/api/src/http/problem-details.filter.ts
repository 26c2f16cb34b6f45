import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { redactUrl } from '@app/logging';
import type { Actor } from '@app/auth';
import { Problem, TemporarilyUnavailable, TooManyRequests } from '@app/problems';
import { toProblem } from './problem-details';
import { localizeProblem, problemLocale } from './problem-language';

/**
 * Every error leaves the API as `application/problem+json`, including those raised before a
 * route handler (malformed JSON, body too large), which Nest routes through its filters too.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const locale = problemLocale(request.headers['accept-language'], request.actor?.locale);
    const body = {
      ...localizeProblem(toProblem(error), locale, error instanceof Problem ? error.values : {}),
      instance: request.url.split('?')[0],
    };
    if (body.status >= 500) {
      this.logger.error(
        { err: error, requestId: request.id },
        `${request.method} ${redactUrl(request.url)} failed: ${body.detail}`,
      );
    }
    // Limited, unavailable or busy is temporary: say when to come back.
    if (error instanceof TooManyRequests || error instanceof TemporarilyUnavailable)
      reply.header('retry-after', String(error.retryAfterSeconds));
    else if (body.status === 503 || body.status === 429) reply.header('retry-after', '5');
    void reply
      .status(body.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .header('content-language', locale)
      .send(body);
  }
}
