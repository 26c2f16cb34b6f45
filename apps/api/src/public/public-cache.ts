import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** Public answers may be cached by anyone for a few minutes, then revalidated by ETag. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300, must-revalidate';
/** A published version never changes until withdrawn: cached longer. */
export const PUBLISHED_CACHE_CONTROL = 'public, max-age=3600, must-revalidate';

/**
 * Sends a public body with a strong ETag of its bytes, or 304 when the client has it already.
 */
export function sendCacheable(
  reply: FastifyReply,
  ifNoneMatch: string | undefined,
  body: string | Buffer,
  contentType: string,
  cacheControl = PUBLIC_CACHE_CONTROL,
): string | Buffer | undefined {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', cacheControl);
  const tags = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (tags.includes(etag) || tags.includes('*')) return void reply.status(304);
  reply.header('content-type', contentType);
  return body;
}
