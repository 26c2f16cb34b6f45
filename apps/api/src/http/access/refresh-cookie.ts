import type { AppConfig } from '@app/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiPath } from '../api-prefix';

/** The refresh token's cookie: sent only to the auth routes, never readable by scripts. */
export const REFRESH_COOKIE = 'gcm9_refresh';
/** What a refresh token can be made of (see libs/auth refresh-token.ts): nothing to escape. */
const TOKEN = /^[A-Za-z0-9._-]{1,200}$/;

function cookie(config: AppConfig, value: string, maxAgeSeconds: number): string {
  const attributes = [
    `${REFRESH_COOKIE}=${value}`,
    `Path=${apiPath('auth')}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  // Plain http only on a developer's machine.
  if (config.env !== 'development') attributes.push('Secure');
  return attributes.join('; ');
}

export function setRefreshCookie(reply: FastifyReply, config: AppConfig, token: string): void {
  reply.header('set-cookie', cookie(config, token, config.auth.sessionMaxHours * 3600));
}

export function clearRefreshCookie(reply: FastifyReply, config: AppConfig): void {
  reply.header('set-cookie', cookie(config, '', 0));
}

/** The refresh token the browser sent; read by the refresh and sign-out routes only. */
export function refreshCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE && TOKEN.test(value.join('='))) return value.join('=');
  }
  return undefined;
}
