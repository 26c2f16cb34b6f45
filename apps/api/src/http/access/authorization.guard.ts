import { Forbidden } from '@app/problems';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_DENIED, Actor, mayAccessCountry, Operation, Role } from '@app/auth';
import { ALLOWED_ROLES, COUNTRY_SCOPE } from './decorators';

/**
 * Role and per-object checks in one place: @Roles(...) limits a route to roles; @CountryScope(op)
 * checks the route's `:iso3` against the caller's scope. A denial is always 403.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    const operation = this.reflector.getAllAndOverride<Operation | undefined>(
      COUNTRY_SCOPE,
      targets,
    );
    if (!roles && !operation) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ actor?: Actor; params: Record<string, string> }>();
    const actor = request.actor;
    if (!actor) throw new Forbidden('This route needs a signed-in user.');
    if (roles && !roles.includes(actor.role)) {
      throw new Forbidden(`This needs one of these roles: ${roles.join(', ')}.`);
    }
    if (operation) {
      const iso3 = String(request.params.iso3 ?? '').toUpperCase();
      if (!mayAccessCountry(actor, operation, iso3)) {
        throw new Forbidden(`${ACCESS_DENIED[operation]} ${iso3}.`);
      }
    }
    return true;
  }
}
