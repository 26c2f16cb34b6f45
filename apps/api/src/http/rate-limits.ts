import type { Actor } from '@app/auth';
import { AppConfig } from '@app/config';
import { TooManyRequests } from '@app/problems';
import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerOptions } from '@nestjs/throttler';
import type { ThrottlerLimitDetail } from '@nestjs/throttler';

/** The request limits of the API, each opted into by the routes it guards. */
export type RateLimitName =
  | 'sign-in-requests'
  | 'summary-export'
  | 'summary-refresh'
  | 'own-account'
  | 'public-api'
  | 'record-comments';

const RATE_LIMITED = 'gcm9:rate-limited';
const MINUTE = 60_000;
/** Changes to one's own account (profile, later password and second factor) per minute. */
const OWN_ACCOUNT_CHANGES_PER_MINUTE = 30;
/** Comments one account writes per minute: a reviewer going through a report, not a script. */
const COMMENTS_PER_MINUTE = 30;

/** Puts a route (or every route of a controller) under the named limits. */
export const RateLimited = (...names: RateLimitName[]) => SetMetadata(RATE_LIMITED, names);

interface LimitedRequest {
  ip?: string;
  actor?: Actor;
  query?: { format?: string };
}

const requestOf = (context: ExecutionContext) =>
  context.switchToHttp().getRequest<LimitedRequest>();
/** Each route's limits, read from its metadata once (every request asks once per limit). */
const limitsOfRoute = new WeakMap<object, WeakMap<object, RateLimitName[]>>();
function limitsOf(context: ExecutionContext): RateLimitName[] {
  const [handler, controller] = [context.getHandler(), context.getClass()];
  const ofController = limitsOfRoute.get(controller) ?? new WeakMap<object, RateLimitName[]>();
  limitsOfRoute.set(controller, ofController);
  let limits = ofController.get(handler);
  if (!limits) {
    limits = (Reflect.getMetadata(RATE_LIMITED, handler) ??
      Reflect.getMetadata(RATE_LIMITED, controller) ??
      []) as RateLimitName[];
    ofController.set(handler, limits);
  }
  return limits;
}

const MESSAGES: Record<RateLimitName, (limit: number) => string> = {
  'sign-in-requests': (limit) => `At most ${limit} sign-in requests a minute from one address.`,
  'summary-export': (limit) => `At most ${limit} summary downloads a minute.`,
  'summary-refresh': (limit) => `At most ${limit} summary recomputes a minute.`,
  'own-account': (limit) => `At most ${limit} changes to your account a minute.`,
  'public-api': (limit) => `At most ${limit} public requests a minute from one address.`,
  'record-comments': (limit) => `At most ${limit} comments a minute.`,
};

/**
 * The named throttlers, as sliding windows in Redis (RedisThrottlerStorage). Each applies only
 * to the routes marked with it; per address for anonymous routes, per account otherwise.
 */
export function rateLimits(config: AppConfig): ThrottlerOptions[] {
  const limit = (
    name: RateLimitName,
    perMinute: number,
    tracker: (request: LimitedRequest) => string,
    skip: (request: LimitedRequest) => boolean = () => false,
  ): ThrottlerOptions => ({
    name,
    ttl: MINUTE,
    limit: perMinute,
    skipIf: (context) => !limitsOf(context).includes(name) || skip(requestOf(context)),
    getTracker: (request) => tracker(request as LimitedRequest),
    // One allowance per limit across its routes, under a key that names it.
    generateKey: (_context, key) => `${name}:${key}`,
    setHeaders: false,
  });
  const byAddress = (request: LimitedRequest) => request.ip ?? 'unknown';
  const byAccount = (request: LimitedRequest) => request.actor?.id ?? byAddress(request);
  return [
    limit('sign-in-requests', config.auth.authRequestLimitPerIp, byAddress),
    // Files cost real work to render; the JSON is served from memory and not limited.
    limit('summary-export', config.auth.exportLimitPerMinute, byAccount, (request) =>
      [undefined, 'json'].includes(request.query?.format),
    ),
    limit('summary-refresh', config.auth.refreshLimitPerMinute, byAccount),
    limit('own-account', OWN_ACCOUNT_CHANGES_PER_MINUTE, byAccount),
    limit('public-api', config.portal.requestsPerMinute, byAddress),
    limit('record-comments', COMMENTS_PER_MINUTE, byAccount),
  ];
}

/** Refuses with 429 problem details and a standard Retry-After. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const name = detail.key.slice(0, detail.key.indexOf(':')) as RateLimitName;
    throw new TooManyRequests(
      detail.timeToBlockExpire,
      `${MESSAGES[name](detail.limit)} Try again in ${detail.timeToBlockExpire} s.`,
    );
  }
}
