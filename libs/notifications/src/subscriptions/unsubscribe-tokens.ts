import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface UnsubscribeClaims {
  /** The user. */
  u: string;
  /** The subscriptions the link ends. */
  s: string[];
  /** Expiry, seconds since the epoch. */
  e: number;
}

/**
 * Signed, expiring unsubscribe links that work without signing in. HMAC-SHA256 with a key
 * derived from the JWT secret for this purpose only, so such a link can never pass as a session.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.auth.jwtSecret).update('gcm9:unsubscribe').digest();
  }

  sign(userId: string, subscriptionIds: string[], now = Date.now()): string {
    const claims: UnsubscribeClaims = {
      u: userId,
      s: subscriptionIds,
      e: Math.floor(now / 1000) + this.config.mail.unsubscribeLinkDays * 86400,
    };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${this.signature(body)}`;
  }

  /** The claims of a genuine, unexpired token; null otherwise. */
  verify(token: string, now = Date.now()): UnsubscribeClaims | null {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.signature(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(
        Buffer.from(body, 'base64url').toString('utf8'),
      ) as UnsubscribeClaims;
      const valid =
        typeof claims.u === 'string' &&
        Array.isArray(claims.s) &&
        claims.s.every((id) => typeof id === 'string') &&
        typeof claims.e === 'number' &&
        claims.e * 1000 > now;
      return valid ? claims : null;
    } catch {
      return null;
    }
  }

  private signature(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
