/**
 * The OWASP API Security Top 10 (2023) as a checklist of tests against the running app.
 * API10 (unsafe consumption of third-party APIs) does not apply: the tracker calls none.
 */
import { sign } from 'jsonwebtoken';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { freePort } from './helpers/free-port';
import { spawnApp } from './helpers/spawn-app';
import { startTestApp, TestApp } from './helpers/test-app';

const SECRETS = /password|passwordHash|password_hash|\$argon2|tokenVersion|token_version/i;

describe('OWASP API Security Top 10 (2023)', () => {
  let api: TestApp;
  let admin: string;
  let mexico: Account;
  let guatemala: Account;
  let coordinator: Account;
  let analyst: Account;

  beforeAll(async () => {
    api = await startTestApp({ EXPORT_LIMIT_PER_MINUTE: '3' });
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    guatemala = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    coordinator = await createAccount(api, admin, 'coordinator', { processes: ['SACM'] });
    analyst = await createAccount(api, admin, 'analyst');
    for (const token of [mexico.token, guatemala.token]) {
      const iso3 = token === mexico.token ? 'MEX' : 'GTM';
      await api.http
        .put(`/api/v1/reports/${iso3}/2025/d`)
        .set(bearer(token))
        .send({ status: 'planned' })
        .expect(201);
      await api.http
        .put(`/api/v1/indicator-values/${iso3}/2025`)
        .set(bearer(token))
        .send({ values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 3 }] })
        .expect(201);
    }
  });
  afterAll(() => api?.close());

  describe('API1 broken object-level authorization: every route with an id checks the object', () => {
    const otherCountry = [
      ['GET', '/api/v1/reports/GTM/2025/d'],
      ['PUT', '/api/v1/reports/GTM/2025/d'],
      ['POST', '/api/v1/reports/GTM/2025/d/submit'],
      ['GET', '/api/v1/reports/GTM/2025/d/history'],
      ['GET', '/api/v1/indicator-values/GTM/2025'],
      ['PUT', '/api/v1/indicator-values/GTM/2025'],
      ['POST', '/api/v1/indicator-values/GTM/2025/submit'],
      ['GET', '/api/v1/indicator-values/GTM/2025/history'],
    ] as const;

    it.each(otherCountry)(
      'a focal point of MEX: %s %s of Guatemala is 403',
      async (method, path) => {
        const request = api.http[method.toLowerCase() as 'get' | 'put' | 'post'](path).set(
          bearer(mexico.token),
        );
        const res = await (method === 'PUT'
          ? request.set('If-Match', '"1"').send({ status: 'implemented' })
          : request);
        expect(res.status).toBe(403);
      },
    );

    it('a coordinator reviews only members of their processes (MEX is not in SACM)', async () => {
      await api.http
        .post('/api/v1/reports/MEX/2025/d/submit')
        .set(bearer(mexico.token))
        .expect(200);
      await api.http
        .post('/api/v1/reports/MEX/2025/d/validate')
        .set(bearer(coordinator.token))
        .expect(403);
      await api.http.get('/api/v1/reports/MEX/2025/d').set(bearer(coordinator.token)).expect(403);
    });

    it('ids of accounts, subscriptions and jobs are not anyone’s to use', async () => {
      const subscription = await api.http
        .post('/api/v1/me/subscriptions')
        .set(bearer(guatemala.token))
        .send({ process: 'RCM', frequency: 'weekly' })
        .expect(201);
      await api.http.get(`/api/v1/users/${guatemala.id}`).set(bearer(mexico.token)).expect(403);
      await api.http
        .get(`/api/v1/users/${guatemala.id}/subscriptions`)
        .set(bearer(mexico.token))
        .expect(403);
      // Someone else's subscription is not found among one's own.
      await api.http
        .delete(`/api/v1/me/subscriptions/${subscription.body.id}`)
        .set(bearer(mexico.token))
        .expect(404);
      const job = await api.http
        .post('/api/v1/summaries/refresh')
        .set(bearer(analyst.token))
        .send({ process: 'RCM', period: '2025' })
        .expect(202);
      await api.http.get(`/api/v1/jobs/${job.body.jobId}`).set(bearer(mexico.token)).expect(403);
      const still = await api.http.get('/api/v1/me/subscriptions').set(bearer(guatemala.token));
      expect(still.body).toHaveLength(1);
    });
  });

  describe('API2 broken authentication', () => {
    const claims = () => ({ sub: mexico.id, role: 'admin', tv: 0 });

    it('refuses expired, tampered, unsigned (alg none) and foreign-secret tokens', async () => {
      const secret = api.config.auth.jwtSecret;
      const expired = sign({ ...claims(), exp: Math.floor(Date.now() / 1000) - 60 }, secret, {
        issuer: 'gcm9-tracker',
        audience: 'gcm9-api',
      });
      const [header, payload, signature] = mexico.token.split('.');
      const elevated = Buffer.from(
        JSON.stringify({
          ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
          role: 'admin',
        }),
      ).toString('base64url');
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
      const foreign = sign(claims(), 'x'.repeat(40), {
        issuer: 'gcm9-tracker',
        audience: 'gcm9-api',
        expiresIn: 600,
      });
      for (const token of [expired, `${header}.${elevated}.${signature}`, none, foreign, 'garbage'])
        await api.http.get('/api/v1/me').set(bearer(token)).expect(401);
    });

    it('ends the sessions of a deactivated account at once', async () => {
      const leaving = await createAccount(api, admin, 'analyst');
      await api.http.get('/api/v1/me').set(bearer(leaving.token)).expect(200);
      await api.http.delete(`/api/v1/users/${leaving.id}`).set(bearer(admin)).expect(204);
      await api.http.get('/api/v1/me').set(bearer(leaving.token)).expect(401);
    });

    it('keeps the refresh token and the access token each to its own use', async () => {
      const login = await api.http
        .post('/api/v1/auth/login')
        .send({ email: analyst.email, password: analyst.password })
        .expect(200);
      const cookie = ([] as string[])
        .concat(login.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('gcm9_refresh='))!
        .split(';')[0];
      const refreshToken = cookie.slice('gcm9_refresh='.length);
      // The refresh token is no bearer token, nor the cookie a session on other routes (CSRF).
      await api.http.get('/api/v1/me').set(bearer(refreshToken)).expect(401);
      await api.http.get('/api/v1/me').set('Cookie', cookie).expect(401);
      // An access token is no refresh token; the session still refreshes with its own.
      await api.http
        .post('/api/v1/auth/refresh')
        .set('Cookie', `gcm9_refresh=${login.body.accessToken}`)
        .expect(401);
      await api.http.post('/api/v1/auth/refresh').set('Cookie', cookie).expect(200);
    });

    it('shows a two-factor secret once, at enrolment, and keeps it sealed', async () => {
      const enrolling = await createAccount(api, admin, 'analyst');
      const started = await api.http
        .post('/api/v1/me/two-factor')
        .set(bearer(enrolling.token))
        .expect(200);
      const secret = started.body.secret as string;
      for (const path of ['/api/v1/me', `/api/v1/users/${enrolling.id}`, '/api/v1/audit'])
        expect(
          JSON.stringify(
            (await api.http.get(path).set(bearer(path === '/api/v1/me' ? enrolling.token : admin)))
              .body,
          ),
        ).not.toContain(secret);
      const { dataSource } = await openDatabase(api);
      try {
        const [row] = await dataSource.query(
          `SELECT two_factor_secret AS stored FROM app_user WHERE id = $1`,
          [enrolling.id],
        );
        expect(row.stored).toMatch(/^v1:/);
        expect(row.stored).not.toContain(secret);
      } finally {
        await dataSource.destroy();
      }
    });
  });

  describe('API3 broken object property-level authorization', () => {
    it('never returns a password hash or other internal account field', async () => {
      const responses = await Promise.all([
        api.http.get('/api/v1/users?pageSize=200').set(bearer(admin)),
        api.http.get(`/api/v1/users/${mexico.id}`).set(bearer(admin)),
        api.http.get('/api/v1/me').set(bearer(mexico.token)),
        api.http.get('/api/v1/audit?entityType=user&pageSize=200').set(bearer(admin)),
        api.http
          .post('/api/v1/auth/login')
          .send({ email: mexico.email, password: mexico.password }),
      ]);
      for (const res of responses) {
        expect(res.status).toBe(200);
        // Field names and values that only name the password (a flag, a sign-in method) are not it.
        const text = JSON.stringify(res.body)
          .replace(/"passwordChanged":(true|false)/g, '')
          .replace(/"method":"password"/g, '');
        expect(text).not.toMatch(SECRETS);
      }
    });

    it('refuses mass assignment of role, scopes, workflow state or versions', async () => {
      const attempts = [
        api.http
          .patch('/api/v1/me')
          .set(bearer(mexico.token))
          .set('If-Match', '"1"')
          .send({ role: 'admin' }),
        api.http
          .patch('/api/v1/me')
          .set(bearer(mexico.token))
          .set('If-Match', '"1"')
          .send({ countries: ['GTM'] }),
        api.http.post('/api/v1/users').set(bearer(admin)).send({
          email: 'mass@test.example',
          name: 'Mass',
          password: 'long-enough-password',
          role: 'analyst',
          tokenVersion: 0,
          id: mexico.id,
        }),
        api.http
          .put('/api/v1/reports/MEX/2025/a')
          .set(bearer(mexico.token))
          .send({ status: 'planned', state: 'validated', version: 9 }),
      ];
      for (const res of await Promise.all(attempts)) expect(res.status).toBe(400);
      const me = await api.http.get('/api/v1/me').set(bearer(mexico.token));
      expect(me.body).toMatchObject({ role: 'focal_point', countries: ['MEX'] });
      await api.http.get('/api/v1/reports/MEX/2025/a').set(bearer(mexico.token)).expect(404);
    });
  });

  describe('API4 unrestricted resource consumption', () => {
    it('limits summary file downloads per user, not the JSON', async () => {
      await api.http.post('/api/v1/summaries/refresh').set(bearer(admin)).send({}).expect(202);
      // The summary is computed by the worker in real use; here: compute it in process.
      const { SummariesService } = await import('@app/summaries');
      await api.app.get(SummariesService).recompute('RCM', '2025');
      const file = () =>
        api.http.get('/api/v1/summaries/RCM/2025?format=csv').set(bearer(analyst.token));
      for (let i = 0; i < 3; i += 1) expect((await file()).status).toBe(200);
      const limited = await file();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      await api.http.get('/api/v1/summaries/RCM/2025').set(bearer(analyst.token)).expect(200);
      // Another user has their own allowance.
      await api.http
        .get('/api/v1/summaries/RCM/2025?format=csv')
        .set(bearer(mexico.token))
        .expect(200);
    });

    it('refuses a body of many unknown keys at once, with a small answer', async () => {
      // Sign-in and one's own profile take small bodies: a large one is never even parsed.
      const manyKeys = Object.fromEntries(
        Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1] as const),
      );
      for (const res of [
        await api.http.post('/api/v1/auth/login').send({ email: 'a@b.example', ...manyKeys }),
        await api.http.patch('/api/v1/me').set(bearer(analyst.token)).send(manyKeys),
      ]) {
        expect(res.status).toBe(413);
        expect(res.text.length).toBeLessThan(1000);
      }
      // Elsewhere: an object of more than 50 keys, or more than 2,500 keys and items in all, is
      // refused before the DTO rules would name each unknown key.
      const small = await api.http
        .post('/api/v1/auth/login')
        .send(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 1] as const)));
      expect(small.status).toBe(400);
      expect(small.body.errors).toEqual([{ field: 'body', messages: ['has more than 50 fields'] }]);
      const wide = Array.from({ length: 60 }, (_, i) =>
        Object.fromEntries(Array.from({ length: 45 }, (_, k) => [`x${i}_${k}`, k] as const)),
      );
      const report = await api.http
        .put('/api/v1/reports/MEX/2025/a')
        .set(bearer(mexico.token))
        .send({ status: 'planned', evidence: wide });
      expect(report.status).toBe(400);
      expect(report.body.errors).toEqual([
        { field: 'body', messages: ['has more than 2500 fields and items in all'] },
      ]);
    });

    it('lists at most 50 field errors, and says the list is cut', async () => {
      const unknown = Object.fromEntries(
        Array.from({ length: 45 }, (_, i) => [`u${i}`, i] as const),
      );
      const evidence = Array.from({ length: 3 }, () => unknown);
      const res = await api.http
        .put('/api/v1/reports/MEX/2025/a')
        .set(bearer(mexico.token))
        .send({ status: 'planned', ...unknown, evidence });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(50);
      expect(res.body.truncated).toBe(true);
      expect(res.text.length).toBeLessThan(10_000);
    });

    it('bounds page sizes and body sizes', async () => {
      await api.http.get('/api/v1/reports?pageSize=201').set(bearer(admin)).expect(400);
      await api.http
        .put('/api/v1/reports/MEX/2025/b')
        .set(bearer(mexico.token))
        .set('content-type', 'application/json')
        .send(JSON.stringify({ status: 'planned', narrative: 'x'.repeat(2_000_000) }))
        .expect(413);
    });
  });

  describe('API5 broken function-level authorization', () => {
    it('keeps admin functions to admins', async () => {
      const calls = [
        api.http.post('/api/v1/periods').send({ year: 2040 }),
        api.http.patch('/api/v1/periods/2025').send({ state: 'closed' }),
        api.http.post('/api/v1/users').send({}),
        api.http.get('/api/v1/audit'),
        api.http.get('/api/v1/email-deliveries'),
        api.http.post('/api/v1/email-schedules/weekly/run'),
        api.http.delete(`/api/v1/users/${guatemala.id}/two-factor`),
      ];
      for (const token of [mexico.token, coordinator.token, analyst.token]) {
        for (const call of calls) expect((await call.set(bearer(token))).status).toBe(403);
        await api.http.get('/admin/queues').set(bearer(token)).expect(403);
      }
      await api.http
        .post('/api/v1/summaries/refresh')
        .set(bearer(mexico.token))
        .send({})
        .expect(403);
    });
  });

  describe('API6 unrestricted access to sensitive business flows', () => {
    it('an unsubscribe link only asks on GET: following it changes nothing', async () => {
      // (Sign-in is rate limited per address and account: see auth.e2e-spec.ts.)
      const page = await api.http.get('/api/v1/unsubscribe?token=forged').expect(400);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
    });
  });

  describe('API7 server-side request forgery', () => {
    it('stores evidence URLs as text and never fetches them', async () => {
      let connections = 0;
      const listener = createServer((socket) => {
        connections += 1;
        socket.destroy();
      });
      await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
      const port = (listener.address() as { port: number }).port;
      try {
        await api.http
          .put('/api/v1/reports/MEX/2025/c')
          .set(bearer(mexico.token))
          .send({
            status: 'planned',
            evidence: [{ kind: 'other', title: 'Internal', url: `http://127.0.0.1:${port}/admin` }],
          })
          .expect(201);
        // Read back: the save and anything it set off in the API has run by the time the report
        // and its history are served.
        const saved = await api.http.get('/api/v1/reports/MEX/2025/c').set(bearer(mexico.token));
        expect(saved.body.evidence[0].url).toBe(`http://127.0.0.1:${port}/admin`);
        await api.http
          .get('/api/v1/reports/MEX/2025/c/history')
          .set(bearer(mexico.token))
          .expect(200);
        expect(connections).toBe(0);
      } finally {
        listener.close();
      }
    });
  });

  describe('API8 security misconfiguration', () => {
    it('sends security headers on every answer, and no framework banner', async () => {
      for (const res of [
        await api.http.get('/api/v1/health'),
        await api.http.get('/api/v1/reports').set(bearer(mexico.token)),
        await api.http.get('/api/v1/nothing-here'),
      ]) {
        expect(res.headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'strict-transport-security': expect.stringContaining('max-age='),
          'referrer-policy': 'no-referrer',
          'content-security-policy': expect.stringContaining("default-src 'self'"),
        });
        expect(res.headers['x-powered-by']).toBeUndefined();
      }
    });

    it('does not allow other origins, and errors never show internals', async () => {
      const cors = await api.http.get('/api/v1/health').set('Origin', 'https://evil.example');
      expect(cors.headers['access-control-allow-origin']).toBeUndefined();
      const bad = await api.http
        .put('/api/v1/reports/MEX/2025/e')
        .set(bearer(mexico.token))
        .set('content-type', 'application/json')
        .send('{"status": ');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).not.toMatch(/at \w+ \(|node_modules|SELECT|stack/i);
    });
  });

  describe('API8 security misconfiguration: a production start', () => {
    let production: TestApp;
    beforeAll(async () => {
      production = await startTestApp({
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('base64'),
        TWO_FACTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        APP_BASE_URL: 'https://tracker.example.org',
      });
    });
    afterAll(() => production?.close());

    it('serves no API docs unless API_DOCS=true', async () => {
      for (const path of ['/api/docs', '/api/docs-json'])
        expect((await production.http.get(path)).status).toBe(404);
    });

    it('allows only its own origin by default', async () => {
      const preflight = (origin: string) =>
        production.http
          .options('/api/v1/me')
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'GET');
      expect((await preflight('https://tracker.example.org')).headers).toMatchObject({
        'access-control-allow-origin': 'https://tracker.example.org',
      });
      for (const origin of [
        'http://localhost:5173',
        'http://localhost:3000',
        'https://evil.example',
      ])
        expect((await preflight(origin)).headers['access-control-allow-origin']).toBeUndefined();
    });

    it('refuses a token signed with the development secret, which anyone can read', async () => {
      const forged = sign({ sub: mexico.id, role: 'admin', tv: 0 }, api.config.auth.jwtSecret, {
        issuer: 'gcm9-tracker',
        audience: 'gcm9-api',
        expiresIn: 600,
        jwtid: 'forged',
      });
      await production.http.get('/api/v1/me').set(bearer(forged)).expect(401);
    });
  });

  describe('API9 improper inventory management', () => {
    it('documents every route the API answers in its OpenAPI description', async () => {
      const docs = await api.http.get('/api/docs-json').expect(200);
      const paths = Object.keys(docs.body.paths);
      for (const path of [
        '/api/v1/me/subscriptions',
        '/api/v1/users/{id}/subscriptions',
        '/api/v1/email-deliveries',
        '/api/v1/email-schedules/{schedule}/run',
        '/api/v1/jobs/{id}',
        '/api/v1/indicator-values',
        '/api/v1/summaries/{process}/{period}',
      ])
        expect(paths).toContain(path);
    });
  });
});

describe('Nothing sensitive in logs', () => {
  it('logs requests without passwords, tokens or unsubscribe links’ secrets', async () => {
    const api = await startTestApp();
    const port = await freePort();
    const spawned = spawnApp('apps/api/src/main.ts', {
      NODE_ENV: 'test',
      DATABASE_URL: api.config.database.url,
      REDIS_URL: api.config.redis.url,
      REDIS_PREFIX: api.config.redis.prefix,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      // The admin makes ordinary requests here, not the enrolment a second factor would ask first.
      REQUIRE_TWO_FACTOR_ROLES: 'none',
    });
    try {
      await spawned.waitFor(/listening|started|Nest application successfully started/i, 60000);
      const base = `http://127.0.0.1:${port}`;
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(TEST_ADMIN),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
      const enrolment = await fetch(`${base}/api/v1/me/two-factor`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      const { secret: totpSecret } = (await enrolment.json()) as { secret: string };
      await fetch(`${base}/admin/queues?access_token=${accessToken}`, { redirect: 'manual' });
      await fetch(`${base}/api/v1/unsubscribe?token=secret-unsubscribe-token`);
      await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: TEST_ADMIN.email, password: 'a-wrong-password-attempt' }),
      });
      // Client errors: a malformed body, an unknown route, an invalid field.
      await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"email": ',
      });
      await fetch(`${base}/api/v1/nothing-here`);
      await fetch(`${base}/api/v1/me`, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${accessToken}`,
          'content-type': 'application/json',
          'if-match': '"1"',
        },
        body: JSON.stringify({ name: 'x'.repeat(5000) }),
      });
      await spawned.waitFor(/nothing-here/, 5000);
      const logs = spawned.stdout() + spawned.stderr();
      // Stack traces are for server errors only; no line is unbounded.
      expect(logs).not.toMatch(/"stack"/);
      for (const line of logs.split('\n')) expect(line.length).toBeLessThan(10_000);
      expect(logs).toContain('/api/v1/me'); // requests are logged…
      for (const secret of [
        TEST_ADMIN.password,
        'a-wrong-password-attempt',
        accessToken,
        accessToken.split('.')[2],
        'secret-unsubscribe-token',
        totpSecret,
      ])
        expect(logs).not.toContain(secret); // …their secrets are not
    } finally {
      spawned.child.kill('SIGTERM');
      await spawned.exited;
      await api.close();
    }
  });
});
