import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@app/auth';
import type { Locale } from '@app/i18n';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemLocale } from './problem-language';

/** Adds a request header to the answer's Vary, keeping those already there. */
export function varyOn(reply: FastifyReply, header: string): void {
  const current = reply.getHeader('vary');
  const names = (typeof current === 'string' ? current.split(',') : [])
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (!names.some((name) => name.toLowerCase() === header.toLowerCase())) names.push(header);
  reply.header('vary', names.join(', '));
}

/**
 * The language of an answer's texts, chosen as for problem documents (Accept-Language, else the
 * signed-in user's, else English), and said in Content-Language; caches keep one per language.
 */
export const AnswerLanguage = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Locale => {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { actor?: Actor }>();
    const reply = http.getResponse<FastifyReply>();
    const locale = problemLocale(request.headers['accept-language'], request.actor?.locale);
    reply.header('content-language', locale);
    varyOn(reply, 'Accept-Language');
    return locale;
  },
);
