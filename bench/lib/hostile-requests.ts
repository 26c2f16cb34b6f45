import { loadTest, LoadResult, round } from './measure';

/**
 * The costliest bodies a client may send to the two routes anyone can reach cheaply — sign-in
 * (anonymous) and PATCH /me (any account) — within their 16 KB body limit: nested objects of
 * unknown keys just under the per-object cap, so each is refused by the rules, not the caps.
 */
function hostileBody(extra: Record<string, unknown>): string {
  const filler = Array.from({ length: 30 }, (_, i) =>
    Object.fromEntries(Array.from({ length: 45 }, (_, k) => [`k${i}_${k}`, k])),
  );
  return JSON.stringify({ ...extra, filler });
}

export interface HostileRequestsResult {
  idle: LoadResult;
  underAttack: LoadResult;
  signIns: LoadResult;
  profiles: LoadResult;
  /** p99 of GET /health/ready under attack over idle. */
  p99Ratio: number;
}

/**
 * GET /api/v1/health/ready (one connection, as a load balancer's probe) idle, then while one
 * client sends hostile sign-in bodies at the sign-in request limit and hostile profile bodies at
 * the own-account limit. A refused request must stay cheap: the probe's p99 within 2× of idle.
 */
export async function measureHostileRequests(options: {
  api: string;
  token: string;
  seconds: number;
  signInsPerMinute: number;
  profileChangesPerMinute: number;
}): Promise<HostileRequestsResult> {
  const probe = () =>
    loadTest({
      url: `${options.api}/api/v1/health/ready`,
      connections: 1,
      durationSeconds: options.seconds,
    });
  const idle = await probe();
  const hostile = (path: string, method: string, perMinute: number, body: string, token?: string) =>
    loadTest({
      url: `${options.api}${path}`,
      method,
      connections: 1,
      durationSeconds: options.seconds,
      overallRate: Math.max(1, Math.round(perMinute / 60)),
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}`, 'if-match': '"1"' } : {}),
      },
      body,
    });
  const [underAttack, signIns, profiles] = await Promise.all([
    probe(),
    hostile(
      '/api/v1/auth/login',
      'POST',
      options.signInsPerMinute,
      hostileBody({ email: 'someone@example.org', password: 'a-password-guess' }),
    ),
    hostile(
      '/api/v1/me',
      'PATCH',
      options.profileChangesPerMinute,
      hostileBody({ name: 'A name' }),
      options.token,
    ),
  ]);
  return {
    idle,
    underAttack,
    signIns,
    profiles,
    p99Ratio: round(underAttack.latencyP99Ms / Math.max(idle.latencyP99Ms, 1)),
  };
}
