import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a sign-in may stay at the identity provider before its callback is refused. */
export const OIDC_FLOW_TTL_MS = 10 * 60_000;

/** What the callback needs to check the provider's answer: kept in the browser, sealed. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

const VALUE = /^[A-Za-z0-9_-]{16,128}$/;

const macOf = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`oidc-flow:${body}`).digest('base64url');

/** The flow as a cookie value: base64url JSON and its MAC. */
export function sealFlow(secret: string, flow: OidcFlow): string {
  const body = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return `${body}.${macOf(secret, body)}`;
}

/** The flow of an untampered, unexpired cookie, or null. */
export function openFlow(
  secret: string,
  sealed: string | undefined,
  now = Date.now(),
): OidcFlow | null {
  const [body, mac, ...rest] = (sealed ?? '').split('.');
  if (!body || !mac || rest.length > 0) return null;
  const expected = Buffer.from(macOf(secret, body));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const flow = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as OidcFlow;
  const wellFormed = [flow.state, flow.nonce, flow.codeVerifier].every(
    (value) => typeof value === 'string' && VALUE.test(value),
  );
  return wellFormed && typeof flow.expiresAt === 'number' && flow.expiresAt >= now ? flow : null;
}
