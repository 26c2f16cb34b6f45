import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const PASSWORD = 'a session tester passphrase';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

/** The refresh cookie a response set, as `name=value`, and its attributes. */
function refreshCookie(res: Response): { pair: string; attributes: string } {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('gcm9_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
  return { pair, attributes: attributes.join('; ') };
}

describe('Sessions', () => {
  let api: TestApp;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApp({ SESSION_IDLE_MINUTES: '60', SESSION_MAX_HOURS: '12' });
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => {
    await api?.close();
  });

  const account = async () => {
    const email = `session.${randomBytes(4).toString('hex')}@test.example`;
    const res = await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Sesión', role: 'analyst', password: PASSWORD })
      .expect(201);
    return { id: res.body.id as string, email };
  };
  const login = async (email: string) => {
    const res = await api.http
      .post(LOGIN)
      .set('User-Agent', FIREFOX)
      .send({ email, password: PASSWORD })
      .expect(200);
    return { access: res.body.accessToken as string, cookie: refreshCookie(res) };
  };
  const refresh = (cookie: string) => api.http.post(REFRESH).set('Cookie', cookie);

  it('sets an HttpOnly, Secure, SameSite=Strict cookie scoped to the auth routes', async () => {
    const { email } = await account();
    const { cookie } = await login(email);
    expect(cookie.attributes).toContain('Path=/api/v1/auth');
    expect(cookie.attributes).toContain('HttpOnly');
    expect(cookie.attributes).toContain('Secure');
    expect(cookie.attributes).toContain('SameSite=Strict');
    expect(cookie.attributes).toMatch(/Max-Age=43200/);
  });

  it('rotates the refresh token, and a reused old one ends the whole session', async () => {
    const { id, email } = await account();
    const first = await login(email);
    const second = await refresh(first.cookie.pair).expect(200);
    const next = refreshCookie(second);
    expect(next.pair).not.toBe(first.cookie.pair);
    await api.http.get('/api/v1/me').set(bearer(second.body.accessToken)).expect(200);
    const third = await refresh(next.pair).expect(200);

    // The first token again, well after it was rotated: someone copied it.
    const { dataSource } = await openDatabase(api);
    try {
      await dataSource.query(
        `UPDATE auth_session SET rotated_at = now() - interval '1 minute' WHERE user_id = $1`,
        [id],
      );
    } finally {
      await dataSource.destroy();
    }
    const reused = await refresh(first.cookie.pair).expect(401);
    expect(reused.headers['content-type']).toContain('application/problem+json');
    await refresh(refreshCookie(third).pair).expect(401);
    await api.http.get('/api/v1/me').set(bearer(third.body.accessToken)).expect(401);
    const audit = await api.http
      .get(`/api/v1/audit?action=auth.refresh_reuse_detected&pageSize=50`)
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items.some((e: { actor: { id: string } }) => e.actor.id === id)).toBe(true);
  });

  it('lets two tabs refreshing at once both carry on', async () => {
    const { email } = await account();
    const { cookie } = await login(email);
    const [a, b] = await Promise.all([refresh(cookie.pair), refresh(cookie.pair)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(refreshCookie(a).pair).toBe(refreshCookie(b).pair);
  });

  it('refuses tampered, missing and idle sessions', async () => {
    const { id, email } = await account();
    const { cookie } = await login(email);
    const tampered = cookie.pair.replace(/\.(\d+)\./, (_m, g) => `.${Number(g) + 1}.`);
    await refresh(tampered).expect(401);
    await api.http.post(REFRESH).expect(401);
    await refresh(cookie.pair).expect(200);

    const idle = await login(email);
    const { dataSource } = await openDatabase(api);
    try {
      await dataSource.query(
        `UPDATE auth_session SET last_used_at = now() - interval '61 minutes' WHERE user_id = $1`,
        [id],
      );
    } finally {
      await dataSource.destroy();
    }
    await refresh(idle.cookie.pair).expect(401);
  });

  it('lists sessions with device and address, and ends one at once', async () => {
    const { email } = await account();
    const here = await login(email);
    const there = await login(email);
    const listed = await api.http.get('/api/v1/me/sessions').set(bearer(here.access)).expect(200);
    expect(listed.body).toHaveLength(2);
    expect(listed.body[0]).toMatchObject({ device: 'Firefox · Windows 10' });
    const other = listed.body.find((s: { current: boolean }) => !s.current);
    expect(listed.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    // Someone else's session is not found; one's own ends, and its token with it.
    const stranger = await account();
    const strangerLogin = await login(stranger.email);
    await api.http
      .delete(`/api/v1/me/sessions/${other.id}`)
      .set(bearer(strangerLogin.access))
      .expect(404);
    await api.http.get('/api/v1/me').set(bearer(there.access)).expect(200);
    await api.http.delete(`/api/v1/me/sessions/${other.id}`).set(bearer(here.access)).expect(204);
    await api.http.get('/api/v1/me').set(bearer(there.access)).expect(401);
    await refresh(there.cookie.pair).expect(401);
    await api.http.get('/api/v1/me').set(bearer(here.access)).expect(200);
  });

  it('signs out with the cookie; deactivation and a new password end every session', async () => {
    const { id, email } = await account();
    const out = await login(email);
    const signedOut = await api.http.post('/api/v1/auth/logout').set('Cookie', out.cookie.pair);
    expect(signedOut.status).toBe(204);
    expect(refreshCookie(signedOut).attributes).toContain('Max-Age=0');
    await refresh(out.cookie.pair).expect(401);
    await api.http.get('/api/v1/me').set(bearer(out.access)).expect(401);

    const a = await login(email);
    const b = await login(email);
    await api.http
      .post('/api/v1/me/password')
      .set(bearer(a.access))
      .send({ currentPassword: PASSWORD, newPassword: `${PASSWORD} two` })
      .expect(200);
    await refresh(b.cookie.pair).expect(401);
    await refresh(a.cookie.pair).expect(200);

    await api.http.delete(`/api/v1/users/${id}`).set(bearer(admin)).expect(204);
    await refresh(a.cookie.pair).expect(401);
  });

  it('never accepts the refresh cookie instead of a bearer token (CSRF)', async () => {
    const { email } = await account();
    const { cookie } = await login(email);
    await api.http.get('/api/v1/me').set('Cookie', cookie.pair).expect(401);
    await api.http.get('/api/v1/me/sessions').set('Cookie', cookie.pair).expect(401);
    await api.http
      .post('/api/v1/me/password')
      .set('Cookie', cookie.pair)
      .send({ currentPassword: PASSWORD, newPassword: 'something else entirely' })
      .expect(401);
    await api.http
      .post('/api/v1/users')
      .set('Cookie', cookie.pair)
      .send({ email: 'csrf@test.example', name: 'CSRF', role: 'admin', password: PASSWORD })
      .expect(401);
  });
});
