import { ChildProcess, spawn } from 'node:child_process';
import { Secret, TOTP } from 'otpauth';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Response } from 'supertest';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

const CLIENT_ID = 'gcm9-tracker';
const CLIENT_SECRET = 'a-client-secret-of-the-test-provider';
const APP_BASE_URL = 'http://tracker.test';
const CALLBACK = '/api/v1/auth/oidc/callback';

/** The test's own OpenID provider (test/helpers/oidc-provider.mjs), in a child process. */
async function startProvider(): Promise<{ issuer: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      join(__dirname, 'helpers', 'oidc-provider.mjs'),
      CLIENT_ID,
      CLIENT_SECRET,
      APP_BASE_URL + CALLBACK,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const [issuer] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { issuer, child };
}

/** name=value of the cookies a response set. */
const cookiesOf = (headers: Headers | Response['headers']): string[] => {
  const set =
    headers instanceof Headers
      ? headers.getSetCookie()
      : ([] as string[]).concat(headers['set-cookie'] ?? []);
  return set.map((cookie: string) => cookie.split(';')[0]);
};

describe('Single sign-on (OpenID Connect)', () => {
  let provider: { issuer: string; child: ChildProcess };
  let api: TestApp;
  let admin: string;

  beforeAll(async () => {
    provider = await startProvider();
    api = await startTestApp({
      APP_BASE_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_DISPLAY_NAME: 'Ministerio del Interior',
    });
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => {
    await api?.close();
    provider?.child.kill();
  });

  const invite = async (email: string) => {
    const res = await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Ana Federada', role: 'analyst' })
      .expect(201);
    expect(res.body.status).toBe('invited');
    return res.body.id as string;
  };

  /**
   * The browser's part: start here, sign in at the provider as `account`, come back to the
   * callback (its query changed by `alter`, when given) with the flow cookie.
   */
  const signOnAs = async (account: string, alter?: (query: URLSearchParams) => void) => {
    const start = await api.http.get('/api/v1/auth/oidc/start').expect(302);
    const flowCookie = cookiesOf(start.headers).join('; ');
    expect(start.headers['set-cookie'][0]).toMatch(
      /^gcm9_oidc_flow=[^;]+; Path=\/api\/v1\/auth\/oidc\/callback; Max-Age=600; HttpOnly; SameSite=Lax/,
    );
    const authorization = new URL(start.headers.location);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('state')).toBeTruthy();

    const jar: string[] = [];
    let next = authorization;
    for (let hop = 0; hop < 5 && next.origin === provider.issuer; hop++) {
      if (next.pathname.startsWith('/interaction/')) next.searchParams.set('account', account);
      const res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.join('; ') } });
      jar.push(...cookiesOf(res.headers));
      if (![302, 303].includes(res.status))
        throw new Error(`the provider answered ${res.status}: ${await res.text()}`);
      next = new URL(res.headers.get('location')!, next);
    }
    expect(next.origin + next.pathname).toBe(APP_BASE_URL + CALLBACK);
    alter?.(next.searchParams);
    const callback = await api.http
      .get(`${CALLBACK}?${next.searchParams}`)
      .set('Cookie', flowCookie)
      .expect(302);
    return { location: callback.headers.location as string, cookies: cookiesOf(callback.headers) };
  };

  const refusals = async (email: string) => {
    const { dataSource } = await openDatabase(api);
    try {
      const rows: Array<{ after: { reason: string } }> = await dataSource.query(
        `SELECT after FROM audit_event WHERE action = 'auth.oidc_sign_in_refused' AND actor_email = $1 ORDER BY id`,
        [email],
      );
      return rows.map((row) => row.after.reason);
    } finally {
      await dataSource.destroy();
    }
  };

  it('tells the web app that single sign-on is offered, and by whom', async () => {
    const res = await api.http.get('/api/v1/auth/oidc').expect(200);
    expect(res.body).toEqual({ enabled: true, displayName: 'Ministerio del Interior' });
  });

  it('signs an invited account in: active, with a session the web app refreshes', async () => {
    const id = await invite('sso.invited@test.example');
    const { location, cookies } = await signOnAs('invited');
    expect(location).toBe(`${APP_BASE_URL}/sign-in#sso=signed-in`);
    const refreshCookie = cookies.find((cookie) => cookie.startsWith('gcm9_refresh='));
    expect(refreshCookie).toBeDefined();
    // The flow is spent.
    expect(cookies).toContain('gcm9_oidc_flow=');

    const refreshed = await api.http
      .post('/api/v1/auth/refresh')
      .set('Cookie', refreshCookie!)
      .expect(200);
    const me = await api.http.get('/api/v1/me').set(bearer(refreshed.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ id, email: 'sso.invited@test.example' });
    const user = await api.http.get(`/api/v1/users/${id}`).set(bearer(admin)).expect(200);
    expect(user.body).toMatchObject({ status: 'active', invitationExpiresAt: null });
  });

  it('asks an account with two-factor sign-in on for its code, as after a password', async () => {
    await invite('sso.two-factor@test.example');
    const first = await signOnAs('two-factor');
    const refreshCookie = first.cookies.find((cookie) => cookie.startsWith('gcm9_refresh='))!;
    const refreshed = await api.http.post('/api/v1/auth/refresh').set('Cookie', refreshCookie);
    const token = refreshed.body.accessToken as string;
    const started = await api.http.post('/api/v1/me/two-factor').set(bearer(token)).expect(200);
    const app = new TOTP({ secret: Secret.fromBase32(started.body.secret) });
    await api.http
      .post('/api/v1/me/two-factor/confirm')
      .set(bearer(token))
      .send({ code: app.generate({ timestamp: Date.now() - 30_000 }) })
      .expect(200);

    const second = await signOnAs('two-factor');
    const [target, challengeToken] = second.location.split('#challenge=');
    expect(target).toBe(`${APP_BASE_URL}/sign-in`);
    expect(second.cookies.some((cookie) => cookie.startsWith('gcm9_refresh='))).toBe(false);
    const signedIn = await api.http
      .post('/api/v1/auth/login/two-factor')
      .send({ challengeToken, code: app.generate() })
      .expect(200);
    await api.http.get('/api/v1/me').set(bearer(signedIn.body.accessToken)).expect(200);
  });

  it('refuses an email the tracker has no account for', async () => {
    const { location, cookies } = await signOnAs('unknown');
    expect(location).toBe(`${APP_BASE_URL}/sign-in?sso=sso_no_account`);
    expect(cookies.some((cookie) => cookie.startsWith('gcm9_refresh='))).toBe(false);
    expect(await refusals('sso.nobody@test.example')).toEqual(['unknown_email']);
  });

  it('refuses an email the provider has not verified', async () => {
    await invite('sso.unverified@test.example');
    const { location, cookies } = await signOnAs('unverified');
    expect(location).toBe(`${APP_BASE_URL}/sign-in?sso=sso_email_unverified`);
    expect(cookies.some((cookie) => cookie.startsWith('gcm9_refresh='))).toBe(false);
    expect(await refusals('sso.unverified@test.example')).toEqual(['email_unverified']);
  });

  it('refuses a deactivated account', async () => {
    const id = await invite('sso.deactivated@test.example');
    await api.http.delete(`/api/v1/users/${id}`).set(bearer(admin)).expect(204);
    const { location, cookies } = await signOnAs('deactivated');
    expect(location).toBe(`${APP_BASE_URL}/sign-in?sso=sso_no_account`);
    expect(cookies.some((cookie) => cookie.startsWith('gcm9_refresh='))).toBe(false);
    expect(await refusals('sso.deactivated@test.example')).toEqual(['account_inactive']);
  });

  it('refuses an answer whose state was tampered with, or that comes without its flow', async () => {
    const tampered = await signOnAs('invited', (query) =>
      query.set('state', `${query.get('state')}x`),
    );
    expect(tampered.location).toBe(`${APP_BASE_URL}/sign-in?sso=sso_failed`);
    expect(tampered.cookies.some((cookie) => cookie.startsWith('gcm9_refresh='))).toBe(false);

    const start = await api.http.get('/api/v1/auth/oidc/start').expect(302);
    const state = new URL(start.headers.location).searchParams.get('state');
    const orphan = await api.http.get(`${CALLBACK}?code=made-up&state=${state}`).expect(302);
    expect(orphan.headers.location).toBe(`${APP_BASE_URL}/sign-in?sso=sso_failed`);
  });
});
