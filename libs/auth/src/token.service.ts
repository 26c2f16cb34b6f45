import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { sign, verify } from 'jsonwebtoken';
import { createHash, createSecretKey, KeyObject, randomUUID } from 'node:crypto';

export interface AccessTokenClaims {
  sub: string;
  role: string;
  /** The user's token version when the token was issued. */
  tv: number;
  /** The sign-in session the token belongs to: ending it ends the token. */
  sid?: string;
}

/** Every claim a token of ours carries; one without any of them was not issued here. */
interface IssuedClaims extends AccessTokenClaims {
  iat: number;
  exp: number;
  jti: string;
  iss: string;
  aud: string;
}

const ISSUER = 'gcm9-tracker';
const AUDIENCE = 'gcm9-api';
const VERIFIED_TOKENS_KEPT = 10000;
/** Clocks of several API processes may differ a little: an `iat` this far ahead still passes. */
const CLOCK_SKEW_SECONDS = 30;

interface SigningKey {
  /** Names the key in each token's header, so a rotation can verify old tokens by their key. */
  kid: string;
  /** A KeyObject made once: given a string, jsonwebtoken tries to parse a PEM on every call. */
  key: KeyObject;
}

const signingKey = (secret: string): SigningKey => ({
  kid: createHash('sha256').update(secret).digest('hex').slice(0, 16),
  key: createSecretKey(Buffer.from(secret, 'utf8')),
});

function headerKid(token: string): string | null {
  try {
    const header: unknown = JSON.parse(
      Buffer.from(token.split('.')[0], 'base64url').toString('utf8'),
    );
    const kid = (header as { kid?: unknown } | null)?.kid;
    return typeof kid === 'string' ? kid : null;
  } catch {
    return null;
  }
}

const isIssuedClaims = (claims: Partial<IssuedClaims>, ttlSeconds: number): boolean =>
  typeof claims.sub === 'string' &&
  typeof claims.role === 'string' &&
  Number.isInteger(claims.tv) &&
  typeof claims.jti === 'string' &&
  claims.jti.length > 0 &&
  Number.isInteger(claims.iat) &&
  Number.isInteger(claims.exp) &&
  claims.iat! <= Math.floor(Date.now() / 1000) + CLOCK_SKEW_SECONDS &&
  claims.exp! - claims.iat! <= ttlSeconds;

/**
 * Short-lived HS256 access tokens. A token must name the key that signed it (`kid`) and carry
 * `exp`, `iat`, `iss`, `aud` and `jti`, with a lifetime no longer than the configured one; any
 * other algorithm (including `none`) is refused. Keys rotate without signing anyone out:
 * JWT_SECRET signs, and the secrets in JWT_PREVIOUS_SECRETS still verify until their tokens expire.
 */
@Injectable()
export class TokenService {
  /**
   * Tokens whose signature was checked, until they expire: a signature stays valid, so each token
   * is verified once per process. Revocation is the account's token version, checked per request.
   */
  private readonly verified = new Map<string, { claims: AccessTokenClaims; expiresAt: number }>();
  private readonly current: SigningKey;
  private readonly keys: ReadonlyMap<string, KeyObject>;

  constructor(private readonly config: AppConfig) {
    const all = [config.auth.jwtSecret, ...config.auth.previousJwtSecrets].map(signingKey);
    this.current = all[0];
    this.keys = new Map(all.map(({ kid, key }) => [kid, key]));
  }

  get ttlSeconds(): number {
    return this.config.auth.jwtTtlSeconds;
  }

  sign(claims: AccessTokenClaims): string {
    return sign(claims, this.current.key, {
      algorithm: 'HS256',
      keyid: this.current.kid,
      jwtid: randomUUID(),
      expiresIn: this.config.auth.jwtTtlSeconds,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
  }

  /** The claims of a valid token, or null for anything expired, tampered or malformed. */
  verify(token: string): AccessTokenClaims | null {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt > Date.now()) return known.claims;
      this.verified.delete(token);
    }
    const kid = headerKid(token);
    const key = kid === null ? undefined : this.keys.get(kid);
    if (!key) return null;
    try {
      const claims = verify(token, key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      }) as Partial<IssuedClaims>;
      if (!isIssuedClaims(claims, this.config.auth.jwtTtlSeconds)) return null;
      if (this.verified.size >= VERIFIED_TOKENS_KEPT)
        this.verified.delete(this.verified.keys().next().value as string);
      const kept: AccessTokenClaims = { sub: claims.sub!, role: claims.role!, tv: claims.tv! };
      if (typeof claims.sid === 'string') kept.sid = claims.sid;
      this.verified.set(token, { claims: kept, expiresAt: claims.exp! * 1000 });
      return kept;
    } catch {
      return null;
    }
  }
}
