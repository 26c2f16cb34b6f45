import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Paths that belong to the server, never to the web app's client-side routes. */
const SERVER_PATHS = /^\/(api|admin)(\/|$)/;

/**
 * The web app (apps/web, built to static files) at `/`: its files as they are, and index.html
 * for any other GET outside the API so the app's own routes (/reports/MEX/2025/d…) load on
 * reload. Skipped, with a log line, when the folder has not been built.
 */
export async function mountWebApp(
  app: NestFastifyApplication,
  directory: string,
): Promise<boolean> {
  const root = resolve(directory);
  if (!existsSync(resolve(root, 'index.html'))) return false;
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // Hashed asset names change with their content: cache them; index.html never.
    setHeaders: (reply, path) =>
      reply.header(
        'cache-control',
        /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
    decorateReply: true,
  });
  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    // The API's own 404 (problem details) for its paths and for files that do not exist.
    if (SERVER_PATHS.test(path) || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
