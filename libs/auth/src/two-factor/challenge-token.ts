import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a password-checked sign-in waits for its second factor. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const macOf = (secret: string, userId: string, expiresAt: number) =>
  createHmac('sha256', secret).update(`two-factor:${userId}:${expiresAt}`).digest('base64url');

/** Proof that the password was right, for the second step only: account, expiry, MAC. */
export function challengeToken(secret: string, userId: string, now = Date.now()): string {
  const expiresAt = now + CHALLENGE_TTL_MS;
  return `${userId}.${expiresAt}.${macOf(secret, userId, expiresAt)}`;
}

/** The account of a valid, unexpired challenge, or null. */
export function challengedUser(secret: string, token: string, now = Date.now()): string | null {
  const [userId, expiresText, mac, ...rest] = token.split('.');
  if (rest.length > 0 || !UUID.test(userId ?? '') || !/^\d{13}$/.test(expiresText ?? ''))
    return null;
  const expiresAt = Number(expiresText);
  if (expiresAt < now) return null;
  const expected = Buffer.from(macOf(secret, userId, expiresAt));
  const given = Buffer.from(mac ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
