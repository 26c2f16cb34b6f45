import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

export interface AccessTokenClaims {
  sub: string;
  role: string;
  /** The user's token version when the token was issued. */
  tv: number;
}

const ISSUER = 'gcm9-tracker';
const AUDIENCE = 'gcm9-api';
const VERIFIED_TOKENS_KEPT = 10000;

/** Short-lived HS256 access tokens; any other algorithm (including `none`) is refused. */
@Injectable()
export class TokenService {
  /**
   * Tokens whose signature was checked, until they expire: a signature stays valid, so each token
   * is verified once per process. Revocation is the account's token version, checked per request.
   */
  private readonly verified = new Map<string, { claims: AccessTokenClaims; expiresAt: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.jwtTtlSeconds;
  }

  sign(claims: AccessTokenClaims): string {
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
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
    try {
      const claims = this.jwt.verify<AccessTokenClaims & { exp: number }>(token, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof claims.sub !== 'string' || !Number.isInteger(claims.tv)) return null;
      if (this.verified.size >= VERIFIED_TOKENS_KEPT)
        this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { claims, expiresAt: claims.exp * 1000 });
      return claims;
    } catch {
      return null;
    }
  }
}
