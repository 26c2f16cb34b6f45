import { ENVIRONMENT_DEFAULTS } from '@app/config';
import { sign, SignOptions } from 'jsonwebtoken';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { DataSource } from 'typeorm';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

/** The 11 member States of the Regional Conference on Migration (observers excluded). */
const RCM_MEMBERS = ['BLZ', 'CAN', 'CRI', 'DOM', 'GTM', 'HND', 'MEX', 'NIC', 'PAN', 'SLV', 'USA'];
const JWT_SECRET = ENVIRONMENT_DEFAULTS.JWT_SECRET;
/** The key id the API gives a secret: the first 16 hex digits of its SHA-256. */
const kidOf = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 16);
const JWT_OPTIONS: SignOptions = {
  algorithm: 'HS256',
  issuer: 'gcm9-tracker',
  audience: 'gcm9-api',
  keyid: kidOf(JWT_SECRET),
};
/** A token as the API issues them (every claim, a fresh jti, 5 minutes); `undefined` leaves one out. */
const forge = (claims: object, secret: string = JWT_SECRET, options: SignOptions = {}) => {
  const merged: SignOptions = {
    ...JWT_OPTIONS,
    keyid: kidOf(secret),
    jwtid: randomUUID(),
    expiresIn: 300,
    ...options,
  };
  const given = Object.entries(merged).filter(([, value]) => value !== undefined);
  return sign(claims, secret, Object.fromEntries(given) as SignOptions);
};
const LOGIN = '/api/v1/auth/login';
const WRONG_CREDENTIALS = 'Email or password is incorrect.';

const uniqueEmail = (label: string) => `${label}.${randomBytes(4).toString('hex')}@test.example`;
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
    sub: string;
    role: string;
    tv: number;
    iat: number;
    exp: number;
    iss: string;
    aud: string;
    jti: string;
  };

/** An RFC 9457 problem details answer with this status. */
function expectProblem(res: Response, status: number, detail?: string | RegExp): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status } });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      instance: expect.any(String),
    }),
  );
  if (detail !== undefined) expect(res.body.detail).toMatch(detail);
}

/** No password hash, and none of the given passwords, anywhere in a response. */
function expectNoSecrets(res: Response, ...passwords: string[]): void {
  const text = res.text ?? '';
  expect(text).not.toMatch(/password_?hash/i);
  expect(text).not.toMatch(/\$argon2/);
  for (const password of passwords) expect(text).not.toContain(password);
}

describe('Authentication, tokens and the users admin API', () => {
  let api: TestApp;
  let admin: string;
  let adminId: string;
  /** Every password used in this file: none may ever appear in a response. */
  const passwords: string[] = [TEST_ADMIN.password];

  const login = (email: string, password: string) => api.http.post(LOGIN).send({ email, password });

  /** Creates an account and remembers its password for the no-secrets checks. */
  const account = async (
    role: 'admin' | 'focal_point' | 'coordinator' | 'analyst',
    scopes: { countries?: string[]; processes?: string[] } = {},
  ): Promise<Account> => {
    const created = await createAccount(api, admin, role, scopes);
    passwords.push(created.password);
    return created;
  };

  /** An admin read of one account, checked for secrets; its ETag is the If-Match for PATCH. */
  const readUser = async (id: string) => {
    const res = await api.http.get(`/api/v1/users/${id}`).set(bearer(admin)).expect(200);
    expectNoSecrets(res, ...passwords);
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
    return res;
  };

  const auditOf = async (query: string) => {
    const res = await api.http
      .get(`/api/v1/audit?${query}&pageSize=200`)
      .set(bearer(admin))
      .expect(200);
    expectNoSecrets(res, ...passwords);
    return res.body.items as Array<{
      action: string;
      entityId: string;
      actor: { id: string | null; email: string | null };
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>;
  };

  beforeAll(async () => {
    api = await startTestApp();
    const res = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
    admin = res.body.accessToken;
    adminId = res.body.user.id;
  });
  afterAll(() => api?.close());

  describe('sign-in', () => {
    it('returns a short-lived bearer token and the user, and /me tells who is signed in', async () => {
      const res = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        tokenType: 'Bearer',
        expiresIn: 900,
        twoFactorEnrolmentRequired: false,
        user: {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          email: TEST_ADMIN.email,
          name: expect.any(String),
          role: 'admin',
          locale: 'en',
        },
      });
      expectNoSecrets(res, ...passwords);
      const claims = claimsOf(res.body.accessToken);
      expect(claims).toMatchObject({
        sub: res.body.user.id,
        role: 'admin',
        tv: 0,
        iss: 'gcm9-tracker',
        aud: 'gcm9-api',
        jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      expect(claims.exp - claims.iat).toBe(900);
      const header = JSON.parse(
        Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString('utf8'),
      );
      expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: kidOf(JWT_SECRET) });

      const me = await api.http.get('/api/v1/me').set(bearer(res.body.accessToken)).expect(200);
      expect(me.body).toMatchObject({
        id: res.body.user.id,
        email: TEST_ADMIN.email,
        role: 'admin',
        active: true,
        countries: [],
        processes: [],
        coordinatedCountries: [],
        lastLoginAt: expect.any(String),
      });
      expectNoSecrets(me, ...passwords);
    });

    it('normalizes the email: case does not matter', async () => {
      await login(TEST_ADMIN.email.toUpperCase(), TEST_ADMIN.password).expect(200);
    });

    it('shows each role its scopes: countries, processes and the member States coordinated', async () => {
      const focal = await account('focal_point', { countries: ['mex', 'GTM'] });
      const coordinator = await account('coordinator', { processes: ['RCM'] });
      const analyst = await account('analyst');

      const fp = await api.http.get('/api/v1/me').set(bearer(focal.token)).expect(200);
      expect(fp.body).toMatchObject({
        id: focal.id,
        email: focal.email,
        role: 'focal_point',
        countries: ['GTM', 'MEX'],
        processes: [],
        coordinatedCountries: [],
      });
      expectNoSecrets(fp, ...passwords);

      const co = await api.http.get('/api/v1/me').set(bearer(coordinator.token)).expect(200);
      expect(co.body).toMatchObject({
        role: 'coordinator',
        countries: [],
        processes: ['RCM'],
      });
      expect([...co.body.coordinatedCountries].sort()).toEqual(RCM_MEMBERS);
      expect(co.body.coordinatedCountries).not.toContain('ARG'); // an RCM observer
      expectNoSecrets(co, ...passwords);

      const an = await api.http.get('/api/v1/me').set(bearer(analyst.token)).expect(200);
      expect(an.body).toMatchObject({
        role: 'analyst',
        countries: [],
        processes: [],
        coordinatedCountries: [],
      });
    });

    it('gives an unknown email and a wrong password the same 401, and audits both', async () => {
      const unknownEmail = uniqueEmail('nobody');
      const unknown = await login(unknownEmail, 'whatever-password-1');
      const wrong = await login(TEST_ADMIN.email, 'not-the-admin-password');
      expectProblem(unknown, 401, WRONG_CREDENTIALS);
      expectProblem(wrong, 401, WRONG_CREDENTIALS);
      expect({ status: wrong.status, detail: wrong.body.detail }).toEqual({
        status: unknown.status,
        detail: unknown.body.detail,
      });
      expect(wrong.body).toEqual(unknown.body);

      const failures = await auditOf('action=auth.login_failed');
      expect(failures).toContainEqual(
        expect.objectContaining({
          action: 'auth.login_failed',
          entityId: unknownEmail,
          actor: expect.objectContaining({ id: null, email: unknownEmail }),
          after: { reason: 'unknown_email', failuresIn15Minutes: 1 },
        }),
      );
      expect(failures).toContainEqual(
        expect.objectContaining({
          action: 'auth.login_failed',
          entityId: adminId,
          actor: expect.objectContaining({ id: adminId, email: TEST_ADMIN.email }),
          after: { reason: 'wrong_password', failuresIn15Minutes: expect.any(Number) },
        }),
      );
    });

    it('rejects a malformed sign-in body with 400, not 401', async () => {
      const res = await api.http.post(LOGIN).send({ email: 'not-an-email', password: 'x' });
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'email', messages: expect.any(Array) }),
      ]);
    });
  });

  describe('own profile', () => {
    it('lets users change their name, language and time zone, never their role or scopes', async () => {
      const user = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
      const me = await api.http.get('/api/v1/me').set(bearer(user.token)).expect(200);
      expect(me.headers.etag).toBe('"1"');
      await api.http.patch('/api/v1/me').set(bearer(user.token)).send({ locale: 'es' }).expect(428);
      const refused = await api.http
        .patch('/api/v1/me')
        .set(bearer(user.token))
        .set('If-Match', me.headers.etag)
        .send({ role: 'admin', countries: ['GTM'], timeZone: 'Nowhere/Land' })
        .expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'countries',
        'role',
        'timeZone',
      ]);
      const changed = await api.http
        .patch('/api/v1/me')
        .set(bearer(user.token))
        .set('If-Match', me.headers.etag)
        .send({ locale: 'es', timeZone: 'America/Mexico_City', name: 'María López' })
        .expect(200);
      expect(changed.body).toMatchObject({
        role: 'focal_point',
        countries: ['MEX'],
        locale: 'es',
        timeZone: 'America/Mexico_City',
        name: 'María López',
        version: 2,
      });
      expect(changed.headers.etag).toBe('"2"');
      await api.http
        .patch('/api/v1/me')
        .set(bearer(user.token))
        .set('If-Match', me.headers.etag)
        .send({ locale: 'fr' })
        .expect(412);
    });
  });

  describe('sessions', () => {
    it('ends every session of a deactivated account, which can no longer sign in', async () => {
      const officer = await account('focal_point', { countries: ['MEX'] });
      await api.http.get('/api/v1/me').set(bearer(officer.token)).expect(200);

      await api.http.delete(`/api/v1/users/${officer.id}`).set(bearer(admin)).expect(204);

      const me = await api.http.get('/api/v1/me').set(bearer(officer.token));
      expectProblem(me, 401);
      const relogin = await login(officer.email, officer.password);
      expectProblem(relogin, 401, WRONG_CREDENTIALS);
      const wrong = await login(officer.email, 'not-their-password');
      expect(relogin.body.detail).toBe(wrong.body.detail);

      const after = await readUser(officer.id);
      expect(after.body).toMatchObject({ active: false });
      // Deactivating again is harmless.
      await api.http.delete(`/api/v1/users/${officer.id}`).set(bearer(admin)).expect(204);

      const failures = await auditOf(`action=auth.login_failed&entityId=${officer.id}`);
      expect(failures.map((e) => e.after?.reason)).toContain('account_inactive');
    });

    it('ends old sessions when the password changes, but not on other edits', async () => {
      const officer = await account('analyst');
      const first = await readUser(officer.id);

      const renamed = await api.http
        .patch(`/api/v1/users/${officer.id}`)
        .set(bearer(admin))
        .set('If-Match', first.headers.etag)
        .send({ name: 'Renamed analyst' })
        .expect(200);
      await api.http.get('/api/v1/me').set(bearer(officer.token)).expect(200);

      const newPassword = `new-${randomBytes(9).toString('hex')}`;
      passwords.push(newPassword);
      const changed = await api.http
        .patch(`/api/v1/users/${officer.id}`)
        .set(bearer(admin))
        .set('If-Match', renamed.headers.etag)
        .send({ password: newPassword });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ id: officer.id, version: first.body.version + 2 });
      expectNoSecrets(changed, ...passwords);

      expectProblem(await api.http.get('/api/v1/me').set(bearer(officer.token)), 401);
      expectProblem(await login(officer.email, officer.password), 401, WRONG_CREDENTIALS);
      const fresh = await signIn(api, officer.email, newPassword);
      await api.http.get('/api/v1/me').set(bearer(fresh)).expect(200);
    });

    it('takes the role from the account, not the token: a demoted admin loses admin routes at once', async () => {
      const second = await account('admin');
      await api.http.get('/api/v1/users').set(bearer(second.token)).expect(200);
      const current = await readUser(second.id);
      await api.http
        .patch(`/api/v1/users/${second.id}`)
        .set(bearer(admin))
        .set('If-Match', current.headers.etag)
        .send({ role: 'analyst' })
        .expect(200);
      expectProblem(await api.http.get('/api/v1/users').set(bearer(second.token)), 403);
      const me = await api.http.get('/api/v1/me').set(bearer(second.token)).expect(200);
      expect(me.body.role).toBe('analyst');
    });
  });

  describe('broken tokens', () => {
    let focal: Account;
    let tokens: Record<string, string>;

    beforeAll(async () => {
      expect(api.config.auth.jwtSecret).toBe(JWT_SECRET);
      focal = await account('focal_point', { countries: ['MEX'] });
      const claims = claimsOf(focal.token);
      const [header, , signature] = focal.token.split('.');
      const now = Math.floor(Date.now() / 1000);
      const valid = { sub: focal.id, role: 'focal_point', tv: claims.tv };
      tokens = {
        validForged: forge(valid),
        tampered: `${header}.${base64url({ ...claims, role: 'admin' })}.${signature}`,
        tamperedSub: `${header}.${base64url({ ...claims, sub: adminId, role: 'admin' })}.${signature}`,
        algNone: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, role: 'admin' })}.`,
        expired: forge({ ...valid, iat: now - 3600, exp: now - 60 }, JWT_SECRET, {
          expiresIn: undefined,
        }),
        wrongSecret: forge(valid, 'not-the-secret-of-this-server-but-long-enough'),
        wrongSecretSameKid: forge(valid, 'not-the-secret-of-this-server-but-long-enough', {
          keyid: kidOf(JWT_SECRET),
        }),
        wrongIssuer: forge(valid, JWT_SECRET, { issuer: 'someone-else' }),
        wrongAudience: forge(valid, JWT_SECRET, { audience: 'another-api' }),
        hs512: forge(valid, JWT_SECRET, { algorithm: 'HS512' }),
        staleVersion: forge({ ...valid, tv: claims.tv - 1 }),
        noVersion: forge({ sub: focal.id, role: 'focal_point' }),
        unknownUser: forge({ ...valid, sub: randomUUID() }),
        // A token that never expires, or outlives the configured lifetime, was not issued here.
        noExpiry: forge(valid, JWT_SECRET, { expiresIn: undefined }),
        tooLong: forge(valid, JWT_SECRET, { expiresIn: api.config.auth.jwtTtlSeconds + 60 }),
        noIssuedAt: forge(valid, JWT_SECRET, { noTimestamp: true }),
        issuedInFuture: forge({ ...valid, iat: now + 3600, exp: now + 3900 }, JWT_SECRET, {
          expiresIn: undefined,
        }),
        noJti: forge(valid, JWT_SECRET, { jwtid: undefined }),
        noKid: forge(valid, JWT_SECRET, { keyid: undefined }),
        unknownKid: forge(valid, JWT_SECRET, { keyid: 'ffffffffffffffff' }),
      };
    });

    it('accepts a well-formed token signed with the configured secret (control case)', async () => {
      const me = await api.http.get('/api/v1/me').set(bearer(tokens.validForged)).expect(200);
      expect(me.body.id).toBe(focal.id);
      // The real token still works too; only the broken ones below fail.
      await api.http.get('/api/v1/me').set(bearer(focal.token)).expect(200);
    });

    const cases: Array<{ name: string; headers: () => Record<string, string> }> = [
      { name: 'no Authorization header', headers: () => ({}) },
      { name: 'an empty bearer', headers: () => ({ Authorization: 'Bearer ' }) },
      { name: 'a garbage token', headers: () => bearer('not-a-token') },
      { name: 'three garbage segments', headers: () => bearer('aaa.bbb.ccc') },
      { name: 'another scheme', headers: () => ({ Authorization: `Basic ${focal.token}` }) },
      { name: 'a token without its scheme', headers: () => ({ Authorization: focal.token }) },
      { name: 'a tampered payload (role: admin)', headers: () => bearer(tokens.tampered) },
      { name: 'a tampered subject (the admin)', headers: () => bearer(tokens.tamperedSub) },
      { name: 'an alg: none token', headers: () => bearer(tokens.algNone) },
      { name: 'an expired token', headers: () => bearer(tokens.expired) },
      { name: 'a token signed with another secret', headers: () => bearer(tokens.wrongSecret) },
      { name: 'a token of another issuer', headers: () => bearer(tokens.wrongIssuer) },
      { name: 'a token for another audience', headers: () => bearer(tokens.wrongAudience) },
      { name: 'an HS512 token', headers: () => bearer(tokens.hs512) },
      { name: 'a token of another token version', headers: () => bearer(tokens.staleVersion) },
      { name: 'a token without a token version', headers: () => bearer(tokens.noVersion) },
      { name: 'a token of an unknown user', headers: () => bearer(tokens.unknownUser) },
      { name: 'another secret under our key id', headers: () => bearer(tokens.wrongSecretSameKid) },
      { name: 'a token without exp', headers: () => bearer(tokens.noExpiry) },
      { name: 'a lifetime beyond the configured one', headers: () => bearer(tokens.tooLong) },
      { name: 'a token without iat', headers: () => bearer(tokens.noIssuedAt) },
      { name: 'a token issued in the future', headers: () => bearer(tokens.issuedInFuture) },
      { name: 'a token without jti', headers: () => bearer(tokens.noJti) },
      { name: 'a token without a key id', headers: () => bearer(tokens.noKid) },
      { name: 'a token of an unknown key id', headers: () => bearer(tokens.unknownKid) },
    ];

    it.each(cases)('refuses $name with 401 problem details', async ({ headers }) => {
      for (const path of ['/api/v1/me', '/api/v1/users', '/api/v1/reports']) {
        const res = await api.http.get(path).set(headers());
        expectProblem(res, 401);
        expect(res.body.instance).toBe(path);
      }
    });
  });

  describe('users admin API', () => {
    const validBody = (overrides: Record<string, unknown> = {}) => ({
      email: uniqueEmail('new'),
      name: 'New Officer',
      password: 'a-long-enough-password',
      role: 'analyst',
      ...overrides,
    });
    const userExists = async (email: string) => {
      const res = await api.http.get('/api/v1/users?pageSize=200').set(bearer(admin)).expect(200);
      expectNoSecrets(res, ...passwords);
      return res.body.items.some((u: { email: string }) => u.email === email);
    };

    it('is for admins only: focal points, coordinators and analysts get 403', async () => {
      const target = await account('analyst');
      const others = [
        await account('focal_point', { countries: ['MEX'] }),
        await account('coordinator', { processes: ['RCM'] }),
        await account('analyst'),
      ];
      for (const other of others) {
        const calls = [
          api.http.get('/api/v1/users').set(bearer(other.token)),
          api.http.post('/api/v1/users').set(bearer(other.token)).send(validBody()),
          api.http.get(`/api/v1/users/${target.id}`).set(bearer(other.token)),
          api.http
            .patch(`/api/v1/users/${other.id}`)
            .set(bearer(other.token))
            .set('If-Match', '"1"')
            .send({ role: 'admin' }),
          api.http.delete(`/api/v1/users/${target.id}`).set(bearer(other.token)),
          api.http.get('/api/v1/audit').set(bearer(other.token)),
        ];
        for (const res of await Promise.all(calls)) expectProblem(res, 403);
      }
      // Nothing changed: nobody promoted themselves, nobody was deactivated.
      for (const other of others) {
        const res = await readUser(other.id);
        expect(res.body).toMatchObject({ role: expect.not.stringMatching('admin'), version: 1 });
      }
      expect((await readUser(target.id)).body).toMatchObject({ active: true, version: 1 });
    });

    it('creates an account and answers with its view, ETag and Location, never the password', async () => {
      const body = validBody({
        role: 'focal_point',
        countries: ['mex'],
        locale: 'es',
        timeZone: 'America/Mexico_City',
      });
      passwords.push(body.password);
      const res = await api.http.post('/api/v1/users').set(bearer(admin)).send(body).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        email: body.email,
        name: 'New Officer',
        role: 'focal_point',
        locale: 'es',
        timeZone: 'America/Mexico_City',
        active: true,
        countries: ['MEX'],
        processes: [],
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        lastLoginAt: null,
        status: 'active',
        invitationExpiresAt: null,
        twoFactorEnabled: false,
      });
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/users/${res.body.id}`);
      expectNoSecrets(res, ...passwords);
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['an unknown time zone', { role: 'analyst', timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      ['a focal point without countries', { role: 'focal_point' }, 'countries'],
      ['a focal point with an empty list', { role: 'focal_point', countries: [] }, 'countries'],
      [
        'a coordinator with countries',
        { role: 'coordinator', processes: ['RCM'], countries: ['MEX'] },
        'countries',
      ],
      ['a coordinator without processes', { role: 'coordinator' }, 'processes'],
      ['an analyst with processes', { role: 'analyst', processes: ['RCM'] }, 'processes'],
      ['an admin with countries', { role: 'admin', countries: ['MEX'] }, 'countries'],
      ['an unknown country', { role: 'focal_point', countries: ['ZZZ'] }, 'countries[0]'],
      [
        'an unknown second country',
        { role: 'focal_point', countries: ['MEX', 'ZZZ'] },
        'countries[1]',
      ],
      [
        'a country that is no ISO3 code',
        { role: 'focal_point', countries: ['Mexico'] },
        'countries',
      ],
      ['an unknown process', { role: 'coordinator', processes: ['NOPE'] }, 'processes[0]'],
      ['an unknown role', { role: 'superuser' }, 'role'],
      ['an unknown locale', { locale: 'de' }, 'locale'],
      ['a short password', { password: 'short' }, 'password'],
      ['a bad email', { email: 'not-an-email' }, 'email'],
      ['a password hash (mass assignment)', { passwordHash: '$argon2id$v=19$x' }, 'passwordHash'],
      ['a token version (mass assignment)', { tokenVersion: 99 }, 'tokenVersion'],
      ['an id (mass assignment)', { id: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' }, 'id'],
      ['an active flag (mass assignment)', { active: false }, 'active'],
      ['a version (mass assignment)', { version: 7 }, 'version'],
    ];

    it.each(invalid)(
      'refuses to create %s: 400 naming the field, nothing created',
      async (_name, overrides, field) => {
        const body = validBody(overrides);
        const res = await api.http.post('/api/v1/users').set(bearer(admin)).send(body);
        expectProblem(res, 400);
        expect(res.body.errors).toEqual(
          expect.arrayContaining([
            { field, messages: expect.arrayContaining([expect.any(String)]) },
          ]),
        );
        // The error may name the refused field, but never echoes a value or a hash.
        expect(res.text).not.toContain('a-long-enough-password');
        expect(res.text).not.toMatch(/\$argon2/);
        if (typeof body.email === 'string' && body.email.includes('@'))
          expect(await userExists(body.email)).toBe(false);
      },
    );

    it('refuses a duplicate email with 409, whatever its case, and keeps the first account', async () => {
      const first = await account('analyst');
      for (const email of [first.email, first.email.toUpperCase()]) {
        const res = await api.http
          .post('/api/v1/users')
          .set(bearer(admin))
          .send(validBody({ email, password: 'an-attacker-password' }));
        expectProblem(res, 409, /already exists/);
      }
      await signIn(api, first.email, first.password);
      await login(first.email, 'an-attacker-password').expect(401);
    });

    it('refuses unknown fields on PATCH (mass assignment) and changes nothing', async () => {
      const target = await account('analyst');
      const before = await readUser(target.id);
      for (const body of [
        { passwordHash: '$argon2id$v=19$forged' },
        { password_hash: 'forged' },
        { tokenVersion: 0 },
        { email: 'taken-over@test.example' },
        { version: 99 },
        { lastLoginAt: '2020-01-01T00:00:00Z' },
      ]) {
        const res = await api.http
          .patch(`/api/v1/users/${target.id}`)
          .set(bearer(admin))
          .set('If-Match', before.headers.etag)
          .send(body);
        expectProblem(res, 400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(Object.keys(body));
      }
      expect((await readUser(target.id)).body).toEqual(before.body);
      await api.http.get('/api/v1/me').set(bearer(target.token)).expect(200);
    });

    it('refuses an empty PATCH, blank names and scopes that are not lists, and changes nothing', async () => {
      const target = await account('focal_point', { countries: ['MEX'] });
      const before = await readUser(target.id);
      const patch = (body: object) =>
        api.http
          .patch(`/api/v1/users/${target.id}`)
          .set(bearer(admin))
          .set('If-Match', before.headers.etag)
          .send(body);
      for (const nothing of [{}, { password: null }, { name: null, locale: null }]) {
        const empty = await patch(nothing);
        expectProblem(empty, 400);
        expect(empty.body.errors).toEqual([
          { field: 'body', messages: ['give at least one field to change'] },
        ]);
      }
      const blank = await patch({ name: '   ' });
      expectProblem(blank, 400);
      expect(blank.body.errors).toEqual([{ field: 'name', messages: ['name must not be blank'] }]);
      const notAList = await patch({ countries: 'MEX' });
      expectProblem(notAList, 400);
      expect(notAList.body.errors).toEqual([
        { field: 'countries', messages: expect.arrayContaining(['countries must be an array']) },
      ]);
      expect((await readUser(target.id)).body).toEqual(before.body);
    });

    it('validates scopes on PATCH too', async () => {
      const target = await account('focal_point', { countries: ['MEX'] });
      const etag = (await readUser(target.id)).headers.etag;
      const patch = (body: object) =>
        api.http
          .patch(`/api/v1/users/${target.id}`)
          .set(bearer(admin))
          .set('If-Match', etag)
          .send(body);
      const noCountries = await patch({ countries: [] });
      expectProblem(noCountries, 400);
      expect(noCountries.body.errors).toEqual([
        { field: 'countries', messages: expect.any(Array) },
      ]);
      const unknown = await patch({ countries: ['ZZZ'] });
      expectProblem(unknown, 400);
      expect(unknown.body.errors).toEqual([{ field: 'countries[0]', messages: expect.any(Array) }]);
      const coordinatorWithoutProcess = await patch({ role: 'coordinator' });
      expectProblem(coordinatorWithoutProcess, 400);
      expect(coordinatorWithoutProcess.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'processes',
      ]);
      const moved = await patch({ role: 'coordinator', processes: ['RCM'] }).expect(200);
      expect(moved.body).toMatchObject({ role: 'coordinator', countries: [], processes: ['RCM'] });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const unknown = randomUUID();
      expectProblem(
        await api.http.get(`/api/v1/users/${unknown}`).set(bearer(admin)),
        404,
        unknown,
      );
      expectProblem(
        await api.http
          .patch(`/api/v1/users/${unknown}`)
          .set(bearer(admin))
          .set('If-Match', '"1"')
          .send({ name: 'Nobody' }),
        404,
      );
      expectProblem(await api.http.delete(`/api/v1/users/${unknown}`).set(bearer(admin)), 404);
      for (const res of [
        await api.http.get('/api/v1/users/not-a-uuid').set(bearer(admin)),
        await api.http
          .patch('/api/v1/users/not-a-uuid')
          .set(bearer(admin))
          .set('If-Match', '"1"')
          .send({ name: 'Nobody' }),
        await api.http.delete('/api/v1/users/123').set(bearer(admin)),
      ]) {
        expectProblem(res, 400);
        expect(res.body.errors).toEqual([{ field: 'id', messages: expect.any(Array) }]);
      }
    });

    it('requires If-Match on PATCH (428) and refuses a stale one (412)', async () => {
      const target = await account('analyst');
      const read = await readUser(target.id);
      expectProblem(
        await api.http
          .patch(`/api/v1/users/${target.id}`)
          .set(bearer(admin))
          .send({ name: 'No precondition' }),
        428,
      );
      const updated = await api.http
        .patch(`/api/v1/users/${target.id}`)
        .set(bearer(admin))
        .set('If-Match', read.headers.etag)
        .send({ name: 'First writer' })
        .expect(200);
      expect(updated.headers.etag).toBe(`"${read.body.version + 1}"`);
      const secondWriter = (ifMatch: string) =>
        api.http
          .patch(`/api/v1/users/${target.id}`)
          .set(bearer(admin))
          .set('If-Match', ifMatch)
          .send({ name: 'Second writer' });
      for (const stale of [read.headers.etag, '"999"'])
        expectProblem(await secondWriter(stale), 412);
      // Not an entity tag at all: the header is wrong, not the version.
      expectProblem(await secondWriter('garbage'), 400);
      expect((await readUser(target.id)).body).toMatchObject({
        name: 'First writer',
        version: read.body.version + 1,
      });
    });

    it('never demotes or deactivates the last active admin (409)', async () => {
      const tryAll = async (etag: string) => [
        await api.http
          .patch(`/api/v1/users/${adminId}`)
          .set(bearer(admin))
          .set('If-Match', etag)
          .send({ role: 'analyst' }),
        await api.http
          .patch(`/api/v1/users/${adminId}`)
          .set(bearer(admin))
          .set('If-Match', etag)
          .send({ active: false }),
        await api.http.delete(`/api/v1/users/${adminId}`).set(bearer(admin)),
      ];
      const before = await readUser(adminId);
      for (const res of await tryAll(before.headers.etag))
        expectProblem(res, 409, /last active admin/);
      expect((await readUser(adminId)).body).toEqual(before.body);

      // With a second admin, the second one can be deactivated; the first is then the last again.
      const second = await account('admin');
      await api.http.delete(`/api/v1/users/${second.id}`).set(bearer(admin)).expect(204);
      for (const res of await tryAll(before.headers.etag))
        expectProblem(res, 409, /last active admin/);
      await api.http.get('/api/v1/users').set(bearer(admin)).expect(200);
    });

    it('lets two admins deactivate each other at the same moment without a 500', async () => {
      const statuses = new Set<number>();
      for (let round = 0; round < 8; round++) {
        const [first, second] = [await account('admin'), await account('admin')];
        const results = await Promise.all([
          api.http.delete(`/api/v1/users/${second.id}`).set(bearer(first.token)),
          api.http.delete(`/api/v1/users/${first.id}`).set(bearer(second.token)),
        ]);
        // Whichever way the race went: a 204 deactivated its target; a request whose own
        // account was deactivated first is refused (401) and changed nothing.
        const outcomes = [
          { status: results[0].status, target: second.id },
          { status: results[1].status, target: first.id },
        ];
        for (const { status, target } of outcomes) {
          statuses.add(status);
          expect((await readUser(target)).body.active).toBe(status !== 204);
        }
      }
      expect([...statuses].filter((status) => ![204, 401].includes(status))).toEqual([]);
    });

    it('audits every account change with before and after, never a password hash', async () => {
      const target = await account('focal_point', { countries: ['MEX'] });
      const created = await readUser(target.id);
      const renamed = await api.http
        .patch(`/api/v1/users/${target.id}`)
        .set(bearer(admin))
        .set('If-Match', created.headers.etag)
        .send({ name: 'Renamed officer', countries: ['MEX', 'GTM'] })
        .expect(200);
      const newPassword = `pw-${randomBytes(9).toString('hex')}`;
      passwords.push(newPassword);
      await api.http
        .patch(`/api/v1/users/${target.id}`)
        .set(bearer(admin))
        .set('If-Match', renamed.headers.etag)
        .send({ password: newPassword })
        .expect(200);
      await api.http.delete(`/api/v1/users/${target.id}`).set(bearer(admin)).expect(204);

      const events = await auditOf(`entityType=user&entityId=${target.id}`);
      const changes = events.filter((e) => e.action.startsWith('user.')).reverse();
      expect(changes.map((e) => e.action)).toEqual([
        'user.created',
        'user.updated',
        'user.updated',
        'user.deactivated',
      ]);
      for (const event of changes) expect(event.actor).toMatchObject({ id: adminId });
      expect(changes[0]).toMatchObject({
        before: null,
        after: { id: target.id, email: target.email, role: 'focal_point', countries: ['MEX'] },
      });
      expect(changes[1]).toMatchObject({
        before: { name: 'focal_point tester', countries: ['MEX'], version: 1 },
        after: { name: 'Renamed officer', countries: ['GTM', 'MEX'], version: 2 },
      });
      expect(changes[2]).toMatchObject({
        before: { version: 2 },
        after: { version: 3, passwordChanged: true },
      });
      expect(changes[3]).toMatchObject({
        before: { active: true, version: 3 },
        after: { active: false, version: 4 },
      });
      for (const event of changes) {
        const text = JSON.stringify(event);
        expect(text).not.toMatch(/password_?hash|\$argon2/i);
        for (const password of passwords) expect(text).not.toContain(password);
      }
    });
  });
});

describe('Signing key rotation', () => {
  const OLD = randomBytes(32).toString('base64');
  const NEW = randomBytes(32).toString('base64');
  const apps: TestApp[] = [];
  const start = async (env: Record<string, string>) => {
    const app = await startTestApp(env);
    apps.push(app);
    return app;
  };
  afterAll(() => Promise.all(apps.map((app) => app.close())));
  /** A token's sign-in session lives in its app's database: another app's gets the same one. */
  const carrySession = async (token: string, app: TestApp) => {
    const { sid, sub } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const { dataSource } = await openDatabase(app);
    await dataSource.query(`INSERT INTO auth_session (id, user_id) VALUES ($1, $2)`, [sid, sub]);
    await dataSource.destroy();
  };

  it('verifies tokens of a previous secret by their key id and signs only with the current one', async () => {
    // Every test database is cloned from one template: the admin has the same id in each.
    const before = await start({ JWT_SECRET: OLD });
    const oldToken = await signIn(before, TEST_ADMIN.email, TEST_ADMIN.password);

    const rotated = await start({ JWT_SECRET: NEW, JWT_PREVIOUS_SECRETS: OLD });
    await carrySession(oldToken, rotated);
    await rotated.http.get('/api/v1/me').set(bearer(oldToken)).expect(200);
    const newToken = await signIn(rotated, TEST_ADMIN.email, TEST_ADMIN.password);
    const header = JSON.parse(Buffer.from(newToken.split('.')[0], 'base64url').toString('utf8'));
    expect(header.kid).toBe(kidOf(NEW));

    // Once the old secret is dropped, its tokens stop working and the new ones go on.
    const after = await start({ JWT_SECRET: NEW });
    await carrySession(oldToken, after);
    await carrySession(newToken, after);
    expectProblem(await after.http.get('/api/v1/me').set(bearer(oldToken)), 401);
    await after.http.get('/api/v1/me').set(bearer(newToken)).expect(200);
  });
});

describe('Sign-in rate limits', () => {
  // Behind a trusted proxy, so each test can sign in from addresses of its own choosing.
  let api: TestApp;
  let db: DataSource;
  const from = (address: string, email: string, password: string) =>
    api.http.post(LOGIN).set('X-Forwarded-For', address).send({ email, password });
  const newAccount = async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    return createAccount(api, admin, 'analyst');
  };
  const expectLimited = (res: Response, maxSeconds: number) => {
    expectProblem(res, 429, /Too many failed sign-ins/);
    expect(res.body.accessToken).toBeUndefined();
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
    return retryAfter;
  };

  beforeAll(async () => {
    api = await startTestApp({
      TRUST_PROXY: 'true',
      LOGIN_LIMIT_PER_ACCOUNT: '3',
      LOGIN_LIMIT_PER_IP: '6',
    });
    ({ dataSource: db } = await openDatabase(api));
  });
  afterAll(async () => {
    await db?.destroy();
    await api?.close();
  });

  it('counts failures only: an official signing in from eleven tabs is never limited', async () => {
    const official = await newAccount();
    for (let tab = 0; tab < 11; tab++)
      await from('203.0.113.10', official.email, official.password).expect(200);
  });

  it('stops an address that keeps failing for an account, but not the owner elsewhere', async () => {
    const official = await newAccount();
    // The official's usual address, known to the account from an earlier sign-in.
    await from('203.0.113.20', official.email, official.password).expect(200);
    for (let i = 0; i < 3; i++)
      expectProblem(await from('198.51.100.1', official.email, `wrong-${i}`), 401);

    // The guessing address is stopped for the rest of its 15-minute window, right password or not.
    expectLimited(await from('198.51.100.1', official.email, official.password), 15 * 60);
    expectLimited(await from('198.51.100.1', official.email.toUpperCase(), 'wrong'), 15 * 60);
    // The owner's known address is not slowed at all.
    await from('203.0.113.20', official.email, official.password).expect(200);
    // A new address waits a moment after the latest failure (no hard lock), then gets in.
    const wait = expectLimited(await from('192.0.2.30', official.email, official.password), 1);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    await from('192.0.2.30', official.email, official.password).expect(200);
  });

  it('makes new addresses wait longer with every failure from anywhere: 1 s, 2 s, 4 s…', async () => {
    const official = await newAccount();
    for (let i = 0; i < 3; i++)
      expectProblem(await from(`198.51.100.${50 + i}`, official.email, `wrong-${i}`), 401);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      // A guess from yet another address must wait too: distributed guessing is slowed down.
      const wait = expectLimited(await from(`198.51.100.${60 + i}`, official.email, 'guess'), 8);
      waits.push(wait);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      expectProblem(await from(`198.51.100.${60 + i}`, official.email, `wrong-again-${i}`), 401);
    }
    expect(waits).toEqual([1, 2, 4]);
  });

  it('warns the owner once when the limit is reached, and audits every failure', async () => {
    const official = await newAccount();
    for (let i = 0; i < 3; i++)
      await from(`198.51.100.${70 + i}`, official.email, `wrong-${i}`).expect(401);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await from('198.51.100.79', official.email, 'wrong-again').expect(401);
    const notices: Array<{ payload: { kind: string; failures: number } }> = await db.query(
      `SELECT payload FROM outbox_message WHERE topic = 'account.notice' AND payload->>'userId' = $1`,
      [official.id],
    );
    expect(notices.map((n) => n.payload)).toEqual([
      expect.objectContaining({ kind: 'sign_in_failures', failures: 3 }),
    ]);
    const [{ failed }] = await db.query(
      `SELECT count(*)::int AS failed FROM audit_event WHERE action = 'auth.login_failed' AND entity_id = $1`,
      [official.id],
    );
    expect(failed).toBe(4);
  });

  it('limits failures per address across accounts, and unknown emails like real ones', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await from('198.51.100.99', uniqueEmail(`spray${i}`), 'a-password-123')).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    const official = await newAccount();
    expectLimited(await from('198.51.100.99', official.email, official.password), 60);
  });

  it('limits every sign-in request per address, hostile bodies included', async () => {
    const limited = await startTestApp({ AUTH_REQUEST_LIMIT_PER_IP: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await limited.http.post(LOGIN).send({ email: 'not-an-email' })).status);
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
      const res = await limited.http.post(LOGIN).send(TEST_ADMIN);
      expectProblem(res, 429, /At most 5 sign-in requests a minute/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('Sign-in limits without a trusted proxy', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ LOGIN_LIMIT_PER_IP: '6' });
  });
  afterAll(() => api?.close());

  it('counts failures per client address, whatever X-Forwarded-For the client claims', async () => {
    // The API is exposed directly (no trusted proxy is configured): a client that invents a new
    // X-Forwarded-For for every attempt must not get a fresh per-address allowance each time.
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await api.http
        .post(LOGIN)
        .set('X-Forwarded-For', `198.51.100.${i + 1}`)
        .send({ email: uniqueEmail(`spoof${i}`), password: 'a-password-123' });
      statuses.push(res.status);
    }
    expect({ afterTheSixthFailure: statuses.slice(6) }).toEqual({
      afterTheSixthFailure: [429, 429],
    });
  });
});
