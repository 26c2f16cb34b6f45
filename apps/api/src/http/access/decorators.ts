import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor, Operation, Role } from '@app/auth';

export const PUBLIC_ROUTE = 'gcm9:public';
export const ALLOWED_ROLES = 'gcm9:roles';
export const COUNTRY_SCOPE = 'gcm9:country-scope';
export const OPEN_DURING_ENROLMENT = 'gcm9:open-during-enrolment';

/** Open to anyone, signed in or not (reference data, health, login). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * Open to an account that must enrol a second factor first (REQUIRE_TWO_FACTOR_ROLES): the
 * enrolment itself. Every other signed-in route refuses such an account.
 */
export const OpenDuringEnrolment = () => SetMetadata(OPEN_DURING_ENROLMENT, true);

/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/**
 * The route acts on the country in its `:iso3` parameter; the caller must be allowed the
 * operation on that country (checked by the AuthorizationGuard, before the handler runs).
 */
export const CountryScope = (operation: Operation) => SetMetadata(COUNTRY_SCOPE, operation);

/** The signed-in user of the request. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const request = context.switchToHttp().getRequest<{ actor?: Actor }>();
    if (!request.actor) throw new Error('CurrentActor used on a route without authentication');
    return request.actor;
  },
);
