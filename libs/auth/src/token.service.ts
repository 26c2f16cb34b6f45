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

/** Short-lived HS256 access tokens; any other algorithm (including `none`) is refused. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.jwtTtlSeconds;
  }

  sign(claims: AccessTokenClaims): string {
    return this.jwt.sign(claims, {
      secret: this.config.auth.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.config.auth.jwtTtlSeconds,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
  }

  /** The claims of a valid token, or null for anything expired, tampered or malformed. */
  verify(token: string): AccessTokenClaims | null {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token, {
        secret: this.config.auth.jwtSecret,
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      return typeof claims.sub === 'string' && Number.isInteger(claims.tv) ? claims : null;
    } catch {
      return null;
    }
  }
}
