import { cut, redactUrl } from '@app/logging';
import type { FastifyInstance } from 'fastify';
import type { Logger as Pino } from 'pino';
import { apiPath } from './api-prefix';

const PROBES = apiPath('health');

/**
 * One JSON line per request once it is answered: its id (the X-Request-Id it answered with),
 * method, URL (credentials in the query masked), status and time taken; one when the client gave
 * up before the answer. Health probes are left out. Written by a Fastify hook, not a middleware
 * with a context per request.
 */
export function logRequests(fastify: FastifyInstance, requests: Pino): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!request.url.startsWith(PROBES)) {
      const failed = reply.statusCode >= 500;
      requests[failed ? 'error' : 'info'](
        {
          req: { id: request.id, method: request.method, url: cut(redactUrl(request.url)) },
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime * 10) / 10,
        },
        failed ? 'request errored' : 'request completed',
      );
    }
    done();
  });
  // A request the client gave up on before its answer: no onResponse, so said here.
  fastify.addHook('onRequestAbort', (request, done) => {
    requests.warn(
      { req: { id: request.id, method: request.method, url: cut(redactUrl(request.url)) } },
      'request aborted',
    );
    done();
  });
}
