import { createHmac, timingSafeEqual } from 'node:crypto';

/** A refresh token: its session, its generation, and a MAC only the server can make. */
export interface RefreshToken {
  sessionId: string;
  generation: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const macOf = (secret: string, { sessionId, generation }: RefreshToken) =>
  createHmac('sha256', secret).update(`refresh:${sessionId}:${generation}`).digest('base64url');

export function refreshTokenText(secret: string, token: RefreshToken): string {
  return `${token.sessionId}.${token.generation}.${macOf(secret, token)}`;
}

/** The token's session and generation, or null when it was not made by this server. */
export function parseRefreshToken(secret: string, text: string): RefreshToken | null {
  const [sessionId, generationText, mac, ...rest] = text.split('.');
  if (rest.length > 0 || !UUID.test(sessionId ?? '') || !/^\d{1,9}$/.test(generationText ?? ''))
    return null;
  const token = { sessionId, generation: Number(generationText) };
  const expected = Buffer.from(macOf(secret, token));
  const given = Buffer.from(mac ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
