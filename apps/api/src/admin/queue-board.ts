import { AuthService } from '@app/auth';
import { AppConfig } from '@app/config';
import { NOTIFICATIONS_QUEUE, SUMMARIES_QUEUE } from '@app/queue';
import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bull';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bull';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const QUEUE_BOARD_PATH = '/admin/queues';
const SESSION_COOKIE = 'gcm9_queue_board';

const cookie = (request: FastifyRequest, name: string): string | undefined =>
  request.headers.cookie
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

/**
 * Bull Board at /admin/queues, for admins only. A browser gets an HttpOnly cookie scoped to the
 * board, either by `POST /admin/queues/session` with its bearer token (the web app's way: no
 * token in a URL) or by opening `/admin/queues?access_token=<token>` once.
 */
export async function mountQueueBoard(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: [SUMMARIES_QUEUE, NOTIFICATIONS_QUEUE].map(
      (name) => new BullAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: false }),
    ),
    serverAdapter,
  });
  const auth = app.get(AuthService);

  await app.register(
    async (board: FastifyInstance) => {
      board.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        const query = request.query as { access_token?: string };
        const header = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
        const token = query.access_token ?? header ?? cookie(request, SESSION_COOKIE);
        const actor = token
          ? await auth.authenticate(token, { requestId: request.id, ip: request.ip })
          : null;
        if (!actor || actor.role !== 'admin') {
          return reply
            .status(actor ? 403 : 401)
            .header('content-type', 'application/problem+json')
            .send({
              type: 'about:blank',
              title: actor ? 'Forbidden' : 'Unauthorized',
              status: actor ? 403 : 401,
              code: actor ? 'forbidden' : 'unauthenticated',
              detail: actor
                ? 'The queue board is for admins.'
                : `Open ${QUEUE_BOARD_PATH}?access_token=<an admin's access token>.`,
            });
        }
        const session = () => {
          const secure = config.appBaseUrl.startsWith('https://') ? '; Secure' : '';
          return `${SESSION_COOKIE}=${token}; Path=${QUEUE_BOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${config.auth.jwtTtlSeconds}${secure}`;
        };
        // The web app opens the board without a token in any URL: it posts its bearer here first.
        if (
          request.method === 'POST' &&
          request.url.split('?')[0] === `${QUEUE_BOARD_PATH}/session`
        )
          return reply.header('set-cookie', session()).status(204).send();
        if (query.access_token)
          return reply.header('set-cookie', session()).redirect(request.url.split('?')[0]);
      });
      // The board's page needs inline script and style; loosen CSP for it alone.
      board.addHook(
        'onSend',
        async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
          reply.header(
            'content-security-policy',
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
          );
          return payload;
        },
      );
      // Answered by the onRequest hook above, once the bearer is checked.
      board.post('/session', async (_request, reply) => reply.status(204).send());
      await board.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_BOARD_PATH },
  );
}
