import { SubscriptionsService, SubscriptionView } from '@app/notifications';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiPath } from '../http/api-prefix';

export const UNSUBSCRIBE_PATH = apiPath('unsubscribe');

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${escape(title)}</title></head><body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;color:#222">` +
  `<h1 style="font-size:20px">${escape(title)}</h1>${body}</body></html>`;

const list = (subscriptions: SubscriptionView[]) =>
  `<ul>${subscriptions.map((s) => `<li>${escape(s.processName)} (${escape(s.process)}), ${escape(s.frequency)}</li>`).join('')}</ul>`;

/**
 * The unsubscribe link of every email, outside the JSON API: it works without signing in (the
 * signed, expiring token is the credential). GET shows what the link ends and asks to confirm,
 * so a mail scanner that follows links unsubscribes no one; POST ends it, and also serves mail
 * clients' one-click unsubscribe (RFC 8058), whose form body is accepted here alone.
 */
export async function mountUnsubscribePage(app: NestFastifyApplication): Promise<void> {
  const subscriptions = app.get(SubscriptionsService);
  await app.register(
    async (scope: FastifyInstance) => {
      // One-click unsubscribe posts a form (urlencoded, or multipart as RFC 8058 prefers);
      // the token in the URL is all that counts, so the body is read and dropped.
      scope.addContentTypeParser(
        ['application/x-www-form-urlencoded', 'multipart/form-data'],
        { parseAs: 'string', bodyLimit: 4096 },
        (_request, _body, done) => done(null, null),
      );
      const tokenOf = (request: FastifyRequest) => {
        const token = (request.query as { token?: unknown }).token;
        return typeof token === 'string' && token.length <= 4096 ? token : '';
      };
      const html = (reply: FastifyReply, status: number, content: string) =>
        reply.status(status).header('content-type', 'text/html; charset=utf-8').send(content);
      const invalid = (reply: FastifyReply) =>
        html(
          reply,
          400,
          page(
            'This unsubscribe link is not valid',
            '<p>It may have expired. Sign in to the tracker to manage your subscriptions.</p>',
          ),
        );

      scope.get('/', async (request, reply) => {
        const token = tokenOf(request);
        const current = token ? await subscriptions.describeToken(token) : null;
        if (!current) return invalid(reply);
        if (current.length === 0)
          return html(reply, 200, page('You are unsubscribed', '<p>Nothing left to stop.</p>'));
        return html(
          reply,
          200,
          page(
            'Stop these digests?',
            `${list(current)}<form method="post" action="${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}">` +
              `<button type="submit" style="font-size:16px;padding:8px 16px">Unsubscribe</button></form>`,
          ),
        );
      });

      scope.post('/', async (request, reply) => {
        const outcome = await subscriptions.unsubscribeWithToken(tokenOf(request), {
          requestId: String(request.id),
          ip: request.ip ?? null,
        });
        if (!outcome.valid) return invalid(reply);
        return html(
          reply,
          200,
          page(
            'You are unsubscribed',
            outcome.removed.length
              ? `<p>You will no longer receive:</p>${list(outcome.removed)}`
              : '<p>Nothing left to stop.</p>',
          ),
        );
      });
    },
    { prefix: UNSUBSCRIBE_PATH },
  );
}
