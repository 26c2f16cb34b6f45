import { Secret, TOTP } from 'otpauth';
import { randomBytes } from 'node:crypto';
import { SealedTotpSecrets1796130000000 } from '../migrations/1796130000000-SealedTotpSecrets';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

const PASSWORD = 'a two factor passphrase';
const LOGIN = '/api/v1/auth/login';
const SECOND = '/api/v1/auth/login/two-factor';

describe('Two-factor sign-in', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ LOGIN_LIMIT_PER_ACCOUNT: '3' });
  });
  afterAll(() => api?.close());

  /** An account with two-factor sign-in on: its authenticator, and its recovery codes. */
  const enrolled = async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const email = `totp.${randomBytes(4).toString('hex')}@test.example`;
    await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Totp', role: 'analyst', password: PASSWORD })
      .expect(201);
    const token = await signIn(api, email, PASSWORD);
    const started = await api.http.post('/api/v1/me/two-factor').set(bearer(token)).expect(200);
    expect(started.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(started.body.qrSvg).toMatch(/^<svg/);
    const app = new TOTP({ secret: Secret.fromBase32(started.body.secret) });
    // The code of the previous step confirms; the current one stays unused for signing in.
    const confirm = app.generate({ timestamp: Date.now() - 30_000 });
    const confirmed = await api.http
      .post('/api/v1/me/two-factor/confirm')
      .set(bearer(token))
      .send({ code: confirm })
      .expect(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    return { email, token, app, recovery: confirmed.body.recoveryCodes as string[] };
  };
  const challenge = async (email: string) => {
    const res = await api.http.post(LOGIN).send({ email, password: PASSWORD }).expect(200);
    expect(res.body).toEqual({ twoFactorRequired: true, challengeToken: expect.any(String) });
    return res.body.challengeToken as string;
  };

  it('asks for a code after the password, accepts it once, and never twice', async () => {
    const { email, app } = await enrolled();
    const code = app.generate();
    const first = await api.http
      .post(SECOND)
      .send({ challengeToken: await challenge(email), code })
      .expect(200);
    await api.http.get('/api/v1/me').set(bearer(first.body.accessToken)).expect(200);
    expect(first.headers['set-cookie']).toBeDefined();
    // The same code in its window again: refused.
    const replay = await api.http
      .post(SECOND)
      .send({ challengeToken: await challenge(email), code });
    expect(replay.status).toBe(401);
  });

  it('accepts each recovery code once and counts wrong codes as failed sign-ins', async () => {
    const { email, recovery } = await enrolled();
    const challengeToken = await challenge(email);
    await api.http.post(SECOND).send({ challengeToken, code: recovery[0] }).expect(200);
    await api.http.post(SECOND).send({ challengeToken, code: recovery[0] }).expect(401);
    await api.http.post(SECOND).send({ challengeToken, code: '000000' }).expect(401);
    await api.http.post(SECOND).send({ challengeToken, code: '111111' }).expect(401);
    // The account's limit (3 here) is reached: even a good code waits now.
    const limited = await api.http.post(SECOND).send({ challengeToken, code: recovery[1] });
    expect(limited.status).toBe(429);
  });

  it('refuses tampered challenges and turns off only with a code', async () => {
    const { email, token, app } = await enrolled();
    const challengeToken = await challenge(email);
    const tampered = challengeToken.replace(/\.(\d{13})\./, (_m, t) => `.${Number(t) + 1}.`);
    await api.http
      .post(SECOND)
      .send({ challengeToken: tampered, code: app.generate() })
      .expect(401);
    await api.http
      .delete('/api/v1/me/two-factor')
      .set(bearer(token))
      .send({ code: '000000' })
      .expect(400);
    await api.http
      .delete('/api/v1/me/two-factor')
      .set(bearer(token))
      .send({ code: app.generate() })
      .expect(204);
    const plain = await api.http.post(LOGIN).send({ email, password: PASSWORD }).expect(200);
    expect(plain.body.accessToken).toEqual(expect.any(String));
  });

  it('keeps the secret sealed (AES-256-GCM), and the migration seals secrets stored before', async () => {
    const { email, app } = await enrolled();
    const { dataSource } = await openDatabase(api);
    try {
      const stored = async () =>
        (
          await dataSource.query(
            `SELECT id, two_factor_secret AS secret, two_factor_recovery AS recovery FROM app_user WHERE email = $1`,
            [email],
          )
        )[0] as { id: string; secret: string; recovery: string[] };
      const sealed = await stored();
      const secret = app.secret.base32;
      expect(sealed.secret).toMatch(/^v1:/);
      expect(sealed.secret).not.toContain(secret);
      expect(sealed.recovery.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);

      // As a database from before the migration held it: the base32 secret itself.
      await dataSource.query(`UPDATE app_user SET two_factor_secret = $2 WHERE id = $1`, [
        sealed.id,
        secret,
      ]);
      const runner = dataSource.createQueryRunner();
      try {
        await new SealedTotpSecrets1796130000000().up(runner);
      } finally {
        await runner.release();
      }
      const migrated = await stored();
      expect(migrated.secret).toMatch(/^v1:/);
      expect(migrated.secret).not.toContain(secret);
      // The API opens what the migration sealed: the code of the moment signs in.
      await api.http
        .post(SECOND)
        .send({ challengeToken: await challenge(email), code: app.generate() })
        .expect(200);
    } finally {
      await dataSource.destroy();
    }
  });
});
