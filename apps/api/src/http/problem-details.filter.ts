import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { redactUrl } from '@app/logging';
import { TemporarilyUnavailable, TooManyRequests } from '@app/problems';
import { toProblem } from './problem-details';

/**
 * Every error leaves the API as `application/problem+json`, including those raised before a
 * route handler (malformed JSON, body too large), which Nest routes through its filters too.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = { ...toProblem(error), instance: request.url.split('?')[0] };
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
      .send(body);
  }
}
