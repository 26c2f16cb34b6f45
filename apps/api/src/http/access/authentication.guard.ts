import { Unauthenticated } from '@app/problems';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, AuthService } from '@app/auth';
import { PUBLIC_ROUTE } from './decorators';

interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  id: string;
  ip?: string;
  actor?: Actor;
}

/** Every route needs a valid bearer token of an active account, unless marked @Public(). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
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
    return true;
  }
}
