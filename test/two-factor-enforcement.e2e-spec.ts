import { Secret, TOTP } from 'otpauth';
import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { bearer, TEST_ADMIN } from './helpers/accounts';
import { startTestApp, TestApp } from './helpers/test-app';

const LOGIN = '/api/v1/auth/login';
const PASSWORD = 'an enforced second factor passphrase';
const ENROLMENT_REQUIRED = 'two_factor_enrolment_required';

const refreshCookieOf = (res: Response): string => {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('gcm9_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0];
};

describe('Two-factor sign-in required of some roles (REQUIRE_TWO_FACTOR_ROLES)', () => {
  let api: TestApp;
  /** The first admin, once enrolled: a full session. */
  let admin: string;

  beforeAll(async () => {
    api = await startTestApp({ REQUIRE_TWO_FACTOR_ROLES: 'admin,coordinator' });
  });
  afterAll(() => api?.close());

  const login = async (email: string, password: string) => {
    const res = await api.http.post(LOGIN).send({ email, password }).expect(200);
    return { body: res.body, token: res.body.accessToken as string, cookie: refreshCookieOf(res) };
  };
  const expectEnrolmentRequired = (res: Response) => {
    expect(res.status).toBe(403);
    expect(res.body.code).toBe(ENROLMENT_REQUIRED);
    expect(res.body.detail).toMatch(/two-factor/);
  };
  /** Enrols with the previous step's code (the current one stays unused for a later sign-in). */
  const enrol = async (token: string) => {
    const started = await api.http.post('/api/v1/me/two-factor').set(bearer(token)).expect(200);
    const app = new TOTP({ secret: Secret.fromBase32(started.body.secret) });
    await api.http
      .post('/api/v1/me/two-factor/confirm')
      .set(bearer(token))
      .send({ code: app.generate({ timestamp: Date.now() - 30_000 }) })
      .expect(200);
    return app;
  };

  it('gives the first admin, without a second factor, a session that can only enrol until it is on', async () => {
    const first = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect(first.body.twoFactorEnrolmentRequired).toBe(true);
    expect(first.body.user.role).toBe('admin');
    for (const path of ['/api/v1/me', '/api/v1/users', '/api/v1/me/sessions', '/api/v1/audit'])
      expectEnrolmentRequired(await api.http.get(path).set(bearer(first.token)));
    expectEnrolmentRequired(
      await api.http
        .post('/api/v1/me/password')
        .set(bearer(first.token))
        .send({ currentPassword: TEST_ADMIN.password, newPassword: 'another long passphrase' }),
    );
    // The refresh cookie works as for anyone: the refreshed session is still limited.
    const refreshed = await api.http
      .post('/api/v1/auth/refresh')
      .set('Cookie', first.cookie)
      .expect(200);
    expectEnrolmentRequired(
      await api.http.get('/api/v1/me').set(bearer(refreshed.body.accessToken)),
    );

    await enrol(refreshed.body.accessToken);
    // The same session is a full one now.
    admin = refreshed.body.accessToken;
    await api.http.get('/api/v1/users').set(bearer(admin)).expect(200);
    const me = await api.http.get('/api/v1/me').set(bearer(admin)).expect(200);
    expect(me.body.twoFactorEnabled).toBe(true);
    // And the next sign-in asks for the code.
    const again = await api.http
      .post(LOGIN)
      .send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password })
      .expect(200);
    expect(again.body.twoFactorRequired).toBe(true);

    const audit = await api.http
      .get(`/api/v1/audit?action=auth.two_factor_enrolment_required&entityId=${me.body.id}`)
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].after).toEqual({ role: 'admin' });
  });

  it('limits coordinators too, lets them sign out, and leaves other roles alone', async () => {
    const scopes: Record<string, object> = {
      coordinator: { processes: ['RCM'] },
      focal_point: { countries: ['MEX'] },
    };
    const create = async (role: string) => {
      const email = `${role}.${randomBytes(4).toString('hex')}@test.example`;
      await api.http
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({ email, name: 'Enforced', role, password: PASSWORD, ...scopes[role] })
        .expect(201);
      return email;
    };
    const coordinator = await login(await create('coordinator'), PASSWORD);
    expect(coordinator.body.twoFactorEnrolmentRequired).toBe(true);
    expectEnrolmentRequired(
      await api.http.get('/api/v1/me/notifications').set(bearer(coordinator.token)),
    );
    await api.http.post('/api/v1/auth/logout').set('Cookie', coordinator.cookie).expect(204);
    // Signed out: the token is gone with its session.
    await api.http.get('/api/v1/me').set(bearer(coordinator.token)).expect(401);

    for (const role of ['focal_point', 'analyst']) {
      const other = await login(await create(role), PASSWORD);
      expect(other.body.twoFactorEnrolmentRequired).toBe(false);
      await api.http.get('/api/v1/me').set(bearer(other.token)).expect(200);
    }
  });

  it('makes an admin who turns the second factor off enrol again before anything else', async () => {
    const email = `admin.${randomBytes(4).toString('hex')}@test.example`;
    await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Second admin', role: 'admin', password: PASSWORD })
      .expect(201);
    const { token } = await login(email, PASSWORD);
    const app = await enrol(token);
    await api.http.get('/api/v1/users').set(bearer(token)).expect(200);
    await api.http
      .delete('/api/v1/me/two-factor')
      .set(bearer(token))
      .send({ code: app.generate() })
      .expect(204);
    expectEnrolmentRequired(await api.http.get('/api/v1/users').set(bearer(token)));
  });
});
