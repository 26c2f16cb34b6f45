import { Secret, TOTP } from 'otpauth';
import { randomBytes, randomUUID } from 'node:crypto';
import { mailsTo, type MailingApp, startMailingApp } from './helpers/account-mail';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import type { SmtpSink } from './helpers/smtp-sink';
import type { TestApp } from './helpers/test-app';

const PASSWORD = 'a lost phone passphrase';
const LOGIN = '/api/v1/auth/login';

describe('An admin resets an account’s second factor', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let app: MailingApp;
  let admin: string;

  beforeAll(async () => {
    app = await startMailingApp();
    ({ sink, api } = app);
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** A focal point with two-factor sign-in on, signed in: id, email, token and refresh cookie. */
  const enrolledFocalPoint = async (locale = 'en') => {
    const email = `lost.${randomBytes(4).toString('hex')}@test.example`;
    const created = await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        email,
        name: 'Lucía',
        role: 'focal_point',
        countries: ['GTM'],
        password: PASSWORD,
        locale,
      })
      .expect(201);
    const signedIn = await api.http.post(LOGIN).send({ email, password: PASSWORD }).expect(200);
    const token = signedIn.body.accessToken as string;
    const cookie = ([] as string[])
      .concat(signedIn.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('gcm9_refresh='))!
      .split(';')[0];
    const started = await api.http.post('/api/v1/me/two-factor').set(bearer(token)).expect(200);
    const app = new TOTP({ secret: Secret.fromBase32(started.body.secret) });
    await api.http
      .post('/api/v1/me/two-factor/confirm')
      .set(bearer(token))
      .send({ code: app.generate() })
      .expect(200);
    return { id: created.body.id as string, email, token, cookie };
  };

  it('turns it off, ends every session, tells the owner by email and audits it', async () => {
    const user = await enrolledFocalPoint('es');
    const listed = await api.http.get(`/api/v1/users/${user.id}`).set(bearer(admin)).expect(200);
    expect(listed.body.twoFactorEnabled).toBe(true);

    await api.http.delete(`/api/v1/users/${user.id}/two-factor`).set(bearer(admin)).expect(204);

    await api.http.get('/api/v1/me').set(bearer(user.token)).expect(401);
    await api.http.post('/api/v1/auth/refresh').set('Cookie', user.cookie).expect(401);
    const after = await api.http.get(`/api/v1/users/${user.id}`).set(bearer(admin)).expect(200);
    expect(after.body.twoFactorEnabled).toBe(false);
    // The password alone signs in again.
    const plain = await api.http
      .post(LOGIN)
      .send({ email: user.email, password: PASSWORD })
      .expect(200);
    expect(plain.body.accessToken).toEqual(expect.any(String));

    const [mail] = await mailsTo(sink, user.email);
    expect(mail.subject).toBe(
      'Se restableció la verificación en dos pasos de su cuenta del GCM Objective 9 Tracker',
    );
    expect(mail.text).toContain('Estimado/a Lucía');
    expect(mail.text).toContain(`${api.config.appBaseUrl}/sign-in`);

    const audit = await api.http
      .get(`/api/v1/audit?action=auth.two_factor_reset&entityId=${user.id}`)
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      before: { twoFactorEnabled: true },
      after: { twoFactorEnabled: false, sessionsEnded: 1 },
    });
    expect(JSON.stringify(audit.body)).not.toMatch(/v1:|secret/i);

    // Nothing left to reset.
    const again = await api.http.delete(`/api/v1/users/${user.id}/two-factor`).set(bearer(admin));
    expect(again.status).toBe(409);
  });

  it('is for admins only, and names an account that exists', async () => {
    const user = await enrolledFocalPoint();
    const other = await enrolledFocalPoint();
    const refused = await api.http
      .delete(`/api/v1/users/${other.id}/two-factor`)
      .set(bearer(user.token));
    expect(refused.status).toBe(403);
    await api.http.get('/api/v1/me').set(bearer(other.token)).expect(200);
    await api.http
      .delete(`/api/v1/users/${randomUUID()}/two-factor`)
      .set(bearer(admin))
      .expect(404);
    const malformed = await api.http
      .delete('/api/v1/users/not-an-id/two-factor')
      .set(bearer(admin));
    expect(malformed.status).toBe(400);
  });
});
