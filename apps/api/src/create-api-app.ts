import { AppConfig } from '@app/config';
import { AppLogger, REQUEST_LOGGER } from '@app/logging';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IncomingMessage } from 'node:http';
import { mountQueueBoard } from './admin/queue-board';
import { ApiModule } from './api.module';
import { API_PREFIX, apiPath } from './http/api-prefix';
import { answerClientError, refuseContentEncoding } from './http/client-errors';
import { securityHeaders } from './http/security-headers';
import { logRequests } from './http/request-log';
import { registerUploads } from './http/uploads';
import { mountWebApp } from './http/web-app';
import { mountUnsubscribePage } from './subscriptions/unsubscribe-page';

// Re-exported for the API type generator and the OpenAPI test, which build the app the same way.
export { API_PREFIX };
/** Sign-in and one's own profile take a few hundred bytes; a large body there is an attack. */
const SMALL_BODY_ROUTES = new RegExp(`^/${API_PREFIX}/(auth|me)(/|$)`);
const SMALL_BODY_LIMIT_BYTES = 16 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Honours a well-formed X-Request-Id from a proxy; otherwise makes one. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id; // so the request log line carries the same id
  return id;
}

export function openApiDocument(app: NestFastifyApplication) {
  const document = new DocumentBuilder()
    .setTitle('GCM Objective 9 Tracker API')
    .setDescription(
      'National progress on Objective 9 of the Global Compact for Migration (the transnational response ' +
        'to smuggling of migrants), regional summaries against the RCM Counter-Smuggling Work Plan ' +
        '2019-2025, and the reference data behind them. Errors are RFC 9457 problem details.',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: `accessToken from POST ${apiPath('auth', 'login')}`,
    })
    .build();
  return SwaggerModule.createDocument(app, document);
}

/** Builds the configured API application (used by main.ts and by the e2e tests alike). */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    genReqId: requestId,
    forceCloseConnections: 'idle',
    clientErrorHandler: answerClientError,
    // A client could otherwise forge X-Forwarded-For to dodge per-address limits.
    trustProxy: config.http.trustProxy,
    // Requests Fastify rejects before routing (a malformed URL) still answer as problem details.
    frameworkErrors: (_error: Error, request: FastifyRequest, reply: FastifyReply) => {
      void reply
        .status(400)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send({
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          code: 'bad_request',
          detail: 'The request URL is malformed.',
          instance: request.url.split('?')[0],
        });
    },
  });
  // JSON only: no form-encoded bodies.
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(AppLogger));
  app.setGlobalPrefix(API_PREFIX);

  const fastify = app.getHttpAdapter().getInstance();
  logRequests(fastify, app.get(REQUEST_LOGGER));
  // Routes are registered at init, after this: a refused body there is never even parsed.
  fastify.addHook('onRoute', (route) => {
    if (SMALL_BODY_ROUTES.test(route.url))
      route.bodyLimit = Math.min(route.bodyLimit ?? Infinity, SMALL_BODY_LIMIT_BYTES);
  });
  const security = securityHeaders();
  fastify.addHook('onRequest', async (request, reply) => {
    reply.headers(security).header('x-request-id', request.id);
  });
  fastify.addHook('onRequest', refuseContentEncoding);
  // PATCH bodies are JSON Patches (RFC 6902): JSON, under the same limits as any JSON body.
  fastify.addContentTypeParser(
    'application/json-patch+json',
    { parseAs: 'string' },
    fastify.getDefaultJsonParser('error', 'error'),
  );

  app.enableCors({
    origin: config.http.corsOrigins === '*' ? true : [...config.http.corsOrigins],
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'X-Request-Id', 'Location'],
    maxAge: 600,
  });

  await mountQueueBoard(app, config);
  await mountUnsubscribePage(app);
  // After the unsubscribe page: its scope keeps its own multipart parser (a copy is taken then).
  await registerUploads(app);
  // Off by default in production: the document maps every route for a visitor.
  if (config.http.apiDocs)
    SwaggerModule.setup('api/docs', app, openApiDocument(app), {
      jsonDocumentUrl: 'api/docs-json',
      customSiteTitle: 'GCM Objective 9 Tracker API',
    });
  if (!(await mountWebApp(app, config.webDistDir)))
    app
      .get(AppLogger)
      .log(`No web app at ${config.webDistDir} (npm run build makes it); serving the API only.`);
  return app;
}
