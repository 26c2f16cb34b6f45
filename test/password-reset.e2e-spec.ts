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

const FORGOT = '/api/v1/auth/password/forgot';
const RESET = '/api/v1/auth/password/reset';
const OLD = 'the old long passphrase';
const NEW = 'a brand new passphrase';

describe('Forgotten password', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let app: MailingApp;
  let admin: string;
  let address = 0;
  /** Each test asks from its own address: the per-address limit is tested on its own. */
  const from = () => `203.0.113.${++address}`;

  beforeAll(async () => {
    app = await startMailingApp({
      TRUST_PROXY: 'true',
      PASSWORD_RESET_LIMIT_PER_HOUR: '3',
    });
    ({ sink, api } = app);
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => {
    await app?.close();
  });

  const account = async (locale = 'en') => {
    const email = `forgetful.${randomBytes(4).toString('hex')}@test.example`;
    const res = await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Jean Oubli', role: 'analyst', password: OLD, locale })
      .expect(201);
    return { id: res.body.id as string, email };
  };
  const forgot = (email: string, ip = from()) =>
    api.http.post(FORGOT).set('X-Forwarded-For', ip).send({ email });
  const resetToken = async (email: string, count = 1) =>
    linkTokenIn(
      (await mailsTo(sink, email, count)).filter((m) => m.text?.includes('/reset-password#'))[
        count - 1
      ],
      api.config.appBaseUrl,
      'reset-password',
    );
  /** Runs one statement on the test app's database, for what the API does not show. */
  const inDatabase = async (
    sql: string,
    params: unknown[],
  ): Promise<Array<Record<string, number>>> => {
    const { dataSource } = await openDatabase(api);
    try {
      return await dataSource.query(sql, params);
    } finally {
      await dataSource.destroy();
    }
  };

  it('emails a link that sets the password once, ends every session and tells the owner', async () => {
    const { id, email } = await account('fr');
    const session = await signIn(api, email, OLD);
    const asked = await forgot(email).expect(202);
    expect(asked.body).toEqual({});
    const token = await resetToken(email);
    const [mail] = await mailsTo(sink, email);
    expect(mail.subject).toBe('Réinitialisez votre mot de passe du GCM Objective 9 Tracker');
    // Asking changes nothing until the link is used.
    await api.http.get('/api/v1/me').set(bearer(session)).expect(200);

    await api.http.post(RESET).send({ token, password: NEW }).expect(204);
    await api.http.get('/api/v1/me').set(bearer(session)).expect(401);
    await api.http.post('/api/v1/auth/login').send({ email, password: OLD }).expect(401);
    await signIn(api, email, NEW);
    const reused = await api.http.post(RESET).send({ token, password: 'yet another passphrase' });
    expect(reused.status).toBe(400);
    expect(reused.body.errors[0].field).toBe('token');
    await signIn(api, email, NEW);

    const notices = await mailsTo(sink, email, 2);
    expect(notices[1].subject).toBe('Votre mot de passe du GCM Objective 9 Tracker a été modifié');
    const audit = await api.http
      .get(`/api/v1/audit?entityId=${id}&pageSize=50`)
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain(
      'auth.password_reset',
    );
    expect(JSON.stringify(audit.body)).not.toContain(token);
  });

  it('answers an unknown email exactly as a known one, doing the same work', async () => {
    const { email } = await account();
    const unknown = `nobody.${randomBytes(4).toString('hex')}@test.example`;
    const [known, missing] = [await forgot(email), await forgot(unknown)];
    for (const res of [known, missing]) {
      expect(res.status).toBe(202);
      expect(res.body).toEqual({});
    }
    const headersOf = (res: typeof known) =>
      Object.keys(res.headers)
        .filter((name) => !['date', 'x-request-id', 'content-length'].includes(name))
        .sort();
    expect(headersOf(missing)).toEqual(headersOf(known));
    expect(missing.headers['content-length']).toBe(known.headers['content-length']);
    const [work] = await inDatabase(
      `SELECT (SELECT count(*)::int FROM outbox_message WHERE payload->>'email' = $1) AS outbox,
                (SELECT count(*)::int FROM audit_event WHERE entity_id = $1) AS audit`,
      [unknown],
    );
    expect(work).toEqual({ outbox: 1, audit: 1 });
    await resetToken(email);
    expect(sink.to(unknown)).toEqual([]);
  });

  it('refuses tampered, expired and foreign tokens, changing nothing', async () => {
    const { id, email } = await account();
    await forgot(email).expect(202);
    const token = await resetToken(email);
    for (const bad of [tampered(token)]) {
      const res = await api.http.post(RESET).send({ token: bad, password: NEW }).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    // A reset link does not accept an invitation, nor an invitation link reset a password.
    await api.http
      .post('/api/v1/auth/invitation/accept')
      .send({ token, password: NEW })
      .expect(400);
    const invitedEmail = `invited.${randomBytes(4).toString('hex')}@test.example`;
    await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email: invitedEmail, name: 'Invited', role: 'analyst' })
      .expect(201);
    const invitation = linkTokenIn(
      (await mailsTo(sink, invitedEmail))[0],
      api.config.appBaseUrl,
      'invitation',
    );
    await api.http.post(RESET).send({ token: invitation, password: NEW }).expect(400);

    await inDatabase(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [id],
    );
    await api.http.post(RESET).send({ token, password: NEW }).expect(400);
    await signIn(api, email, OLD);
  });

  it('limits requests per address (429) and emails per account (then silently)', async () => {
    const { email } = await account();
    const ip = from();
    for (let i = 0; i < 3; i += 1) await forgot(`x${i}.${email}`, ip).expect(202);
    const refused = await forgot(email, ip).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    for (let i = 0; i < 4; i += 1) await forgot(email).expect(202);
    const [{ requests }] = await inDatabase(
      `SELECT count(*)::int AS requests FROM outbox_message WHERE payload->>'email' = $1`,
      [email],
    );
    expect(requests).toBe(3);
  });
});
