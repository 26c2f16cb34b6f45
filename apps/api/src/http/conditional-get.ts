import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { map, Observable } from 'rxjs';

/** A strong validator of a JSON answer: the hash of its bytes. */
export const etagOfJson = (json: string): string =>
  `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

/**
 * Reference data (countries, processes, the framework, treaty status) changes rarely and is read
 * on every screen: each answer carries an ETag of its content, and a client that sends it back
 * in If-None-Match gets a bodiless 304. `no-cache` makes caches ask every time, so a changed
 * treaty table is seen at once, and `public` lets a shared cache keep these unpersonalized answers.
 */
@Injectable()
export class ConditionalGet implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const json = JSON.stringify(body);
        const etag = etagOfJson(json);
        reply.header('etag', etag).header('cache-control', 'public, no-cache');
        if (request.headers['if-none-match'] === etag) {
          reply.status(304);
          return undefined;
        }
        // Serialized once, here: sent as is.
        reply.header('content-type', 'application/json; charset=utf-8');
        return json;
      }),
    );
  }
}
