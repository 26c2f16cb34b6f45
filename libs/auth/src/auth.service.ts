import { AuditContext, AuditTrail } from '@app/audit';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from './actor';
import { ActorService } from './actor.service';
import { PasswordHasher } from './password-hasher';
import type { Locale, Role } from './roles';
import { TokenService } from './token.service';
import { LoginView } from './views';

interface Credentials {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  active: boolean;
  passwordHash: string;
  tokenVersion: number;
}

/** Sign-in: the same answer for an unknown email, a wrong password and a deactivated account. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditTrail,
    private readonly actors: ActorService,
  ) {}

  /** The active account behind an access token, or null for a bad, expired or revoked one. */
  async authenticate(
    token: string,
    request: { requestId: string; ip: string | null },
  ): Promise<Actor | null> {
    const claims = this.tokens.verify(token);
    return claims ? this.actors.load(claims.sub, claims.tv, request) : null;
  }

  async login(
    email: string,
    password: string,
    request: Omit<AuditContext, 'id' | 'email'>,
  ): Promise<LoginView> {
    const normalized = email.trim().toLowerCase();
    const [user]: Credentials[] = await this.dataSource.query(
      `SELECT id, email, name, role, locale, active, password_hash AS "passwordHash", token_version AS "tokenVersion"
         FROM app_user WHERE email = $1`,
      [normalized],
    );
    const passwordMatches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordMatches || !user.active) {
      const reason = !user
        ? 'unknown_email'
        : !passwordMatches
          ? 'wrong_password'
          : 'account_inactive';
      await this.dataSource.transaction((manager) =>
        this.audit.record(
          manager,
          { ...request, id: user?.id ?? null, email: normalized },
          {
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: user?.id ?? normalized,
            after: { reason },
          },
        ),
      );
      throw new UnauthorizedException('Email or password is incorrect.');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [user.id]);
      await this.audit.record(
        manager,
        { ...request, id: user.id, email: user.email },
        {
          action: 'auth.login_succeeded',
          entityType: 'user',
          entityId: user.id,
        },
      );
    });
    return {
      accessToken: this.tokens.sign({ sub: user.id, role: user.role, tv: user.tokenVersion }),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        locale: user.locale,
      },
    };
  }
}
