import { Forbidden, Unauthenticated } from '@app/problems';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, AuthService, ENROLMENT_REQUIRED, mustEnrolTwoFactor } from '@app/auth';
import { AppConfig } from '@app/config';
import { OPEN_DURING_ENROLMENT, PUBLIC_ROUTE } from './decorators';

interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  id: string;
  ip?: string;
  actor?: Actor;
}

/**
 * Every route needs a valid bearer token of an active account, unless marked @Public(). An account
 * that must enrol a second factor first reaches only the routes marked @OpenDuringEnrolment().
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match =
      typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header) : null;
    if (!match)
      throw new Unauthenticated('Sign in first: send Authorization: Bearer <accessToken>.');
    const actor = await this.auth.authenticate(match[1], {
      requestId: request.id,
      ip: request.ip ?? null,
    });
    if (!actor) throw new Unauthenticated('Your session is not valid any more. Sign in again.');
    request.actor = actor;
    if (
      mustEnrolTwoFactor(actor, this.config.auth.requireTwoFactorRoles) &&
      !this.reflector.getAllAndOverride<boolean>(OPEN_DURING_ENROLMENT, targets)
    )
      throw new Forbidden(
        'Your role signs in with a second factor: set up two-factor sign-in first (POST /api/v1/me/two-factor, then confirm).',
        {},
        { code: ENROLMENT_REQUIRED },
      );
    return true;
  }
}
