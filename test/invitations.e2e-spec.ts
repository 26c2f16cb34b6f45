import { randomBytes } from 'node:crypto';
import {
  linkTokenIn,
  mailsTo,
  type MailingApp,
  startMailingApp,
  tampered,
} from './helpers/account-mail';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import type { SmtpSink } from './helpers/smtp-sink';
import type { TestApp } from './helpers/test-app';

const ACCEPT = '/api/v1/auth/invitation/accept';
const PASSWORD = 'her own long passphrase';

describe('Invitations', () => {
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

  const invite = async (locale = 'en') => {
    const email = `invited.${randomBytes(4).toString('hex')}@test.example`;
    const res = await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Ana Oficial', role: 'focal_point', countries: ['MEX'], locale })
      .expect(201);
    return { id: res.body.id as string, email, user: res.body };
  };
  const tokenOf = async (email: string, count = 1) =>
    linkTokenIn(
      (await mailsTo(sink, email, count))[count - 1],
      api.config.appBaseUrl,
      'invitation',
    );
  const statusOf = async (id: string) =>
    (await api.http.get(`/api/v1/users/${id}`).set(bearer(admin)).expect(200)).body;
  const refusedLink = (res: { body: { errors?: Array<{ field: string }> } }) =>
    expect(res.body.errors?.[0].field).toBe('token');

  it('creates an invited account and emails a single-use link in its language', async () => {
    const { id, email, user } = await invite('es');
    expect(user.status).toBe('invited');
    const expires = Date.parse(user.invitationExpiresAt) - Date.now();
    expect(expires).toBeGreaterThan(71.9 * 3_600_000);
    expect(expires).toBeLessThanOrEqual(72 * 3_600_000);
    const [mail] = await mailsTo(sink, email);
    expect(mail.subject).toBe('Su invitación al GCM Objective 9 Tracker');
    expect(mail.text).toContain('Estimado/a Ana Oficial');
    const token = linkTokenIn(mail, api.config.appBaseUrl, 'invitation');
    // Nobody signs in to an invited account before its owner chose a password.
    await api.http.post('/api/v1/auth/login').send({ email, password: '' }).expect(401);
    await api.http.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(401);

    const common = await api.http
      .post(ACCEPT)
      .send({ token, password: 'Unbelievable' })
      .expect(400);
    expect(common.body.errors[0]).toEqual({
      field: 'password',
      messages: ['this password is among the most commonly used ones; choose another'],
    });
    expect((await statusOf(id)).status).toBe('invited');

    await api.http.post(ACCEPT).send({ token, password: PASSWORD }).expect(204);
    const accepted = await statusOf(id);
    expect(accepted).toMatchObject({ status: 'active', invitationExpiresAt: null });
    await signIn(api, email, PASSWORD);
    // Used once: the link is spent, and nothing changes.
    refusedLink(
      await api.http.post(ACCEPT).send({ token, password: 'another long one!' }).expect(400),
    );
    await signIn(api, email, PASSWORD);

    const audit = await api.http
      .get(`/api/v1/audit?entityId=${id}&pageSize=50`)
      .set(bearer(admin))
      .expect(200);
    const actions = audit.body.items.map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['user.invited', 'auth.invitation_accepted']));
    expect(JSON.stringify(audit.body)).not.toContain(token);
  });

  it('keeps the token out of the outbox, the delivery log and the database', async () => {
    const { email } = await invite();
    const token = await tokenOf(email);
    const { dataSource } = await openDatabase(api);
    try {
      for (const table of ['outbox_message', 'email_delivery', 'account_token', 'audit_event']) {
        const [{ found }] = await dataSource.query(
          `SELECT count(*)::int AS found FROM ${table} t WHERE t::text LIKE '%' || $1 || '%'`,
          [token],
        );
        expect({ table, found }).toEqual({ table, found: 0 });
      }
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses tampered, expired, re-sent and deactivated links, changing nothing', async () => {
    const { id, email } = await invite();
    const first = await tokenOf(email);
    refusedLink(
      await api.http
        .post(ACCEPT)
        .send({ token: tampered(first), password: PASSWORD })
        .expect(400),
    );

    await api.http.post(`/api/v1/users/${id}/invitation`).set(bearer(admin)).expect(204);
    const second = await tokenOf(email, 2);
    expect(second).not.toBe(first);
    refusedLink(await api.http.post(ACCEPT).send({ token: first, password: PASSWORD }).expect(400));

    const { dataSource } = await openDatabase(api);
    try {
      await dataSource.query(
        `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
        [id],
      );
    } finally {
      await dataSource.destroy();
    }
    refusedLink(
      await api.http.post(ACCEPT).send({ token: second, password: PASSWORD }).expect(400),
    );

    await api.http.post(`/api/v1/users/${id}/invitation`).set(bearer(admin)).expect(204);
    const third = await tokenOf(email, 3);
    await api.http.delete(`/api/v1/users/${id}`).set(bearer(admin)).expect(204);
    refusedLink(await api.http.post(ACCEPT).send({ token: third, password: PASSWORD }).expect(400));
    expect(await statusOf(id)).toMatchObject({ status: 'deactivated', invitationExpiresAt: null });
    await api.http.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(401);
  });

  it('re-sends only to an account still waiting for its owner', async () => {
    const self = await api.http.get('/api/v1/me').set(bearer(admin)).expect(200);
    const res = await api.http
      .post(`/api/v1/users/${self.body.id}/invitation`)
      .set(bearer(admin))
      .expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    await api.http
      .post('/api/v1/users/00000000-0000-4000-8000-000000000000/invitation')
      .set(bearer(admin))
      .expect(404);
  });

  it('still creates an account with a password for scripts', async () => {
    const email = `scripted.${randomBytes(4).toString('hex')}@test.example`;
    const res = await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Script', role: 'analyst', password: PASSWORD })
      .expect(201);
    expect(res.body).toMatchObject({ status: 'active', invitationExpiresAt: null });
    await signIn(api, email, PASSWORD);
  });
});
