/**
 * Property-based fuzzing (fast-check) of every write endpoint's body, query and path: whatever
 * arrives, the answer is never a 5xx, and a refused request leaves every table as it was.
 */
import fc from 'fast-check';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

const TABLES = [
  'app_user',
  'user_country',
  'user_process',
  'report',
  'report_checklist_answer',
  'report_evidence',
  'indicator_set',
  'indicator_value',
  'reporting_period',
  'subscription',
  'audit_event',
  'outbox_message',
  'email_delivery',
];
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/** JSON-ish values: nested objects and arrays of strings (any Unicode), numbers, booleans, null. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Bodies that look almost right: real field names with wrong, hostile or missing values. */
const plausible = (fields: string[]) =>
  fc.dictionary(fc.constantFrom(...fields, 'extra', '__proto__', 'constructor'), jsonValue, {
    maxKeys: 6,
  });

/** Any value as a JSON text (supertest only sends objects itself). */
const asJson = (value: unknown) => JSON.stringify(value) ?? 'null';

const pathSegment = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.constantFrom('MEX', 'mex', '2025', '0000', 'd', 'z', '..', '%00', "' OR 1=1 --"),
);

describe('Fuzzing the write endpoints: never a 5xx, never a partial write', () => {
  let api: TestApp;
  let db: DataSource;
  let admin: string;
  let focal: Account;

  const counts = async () =>
    (
      await db.query(
        `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`,
      )
    )[0] as Record<string, number>;

  /** Sends, then checks: no 5xx; and when refused, nothing written anywhere. */
  const check = async (send: () => Promise<Response>) => {
    const before = await counts();
    const res = await send();
    expect({ status: res.status, body: res.status >= 500 ? res.body : undefined }).toEqual({
      status: expect.any(Number),
      body: undefined,
    });
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400 && res.status !== 401) expect(await counts()).toEqual(before);
  };

  const encode = (segment: string) => encodeURIComponent(segment);

  beforeAll(async () => {
    api = await startTestApp();
    ({ dataSource: db } = await openDatabase(api));
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    focal = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    await api.http
      .put('/api/v1/reports/MEX/2025/d')
      .set(bearer(focal.token))
      .send({ status: 'planned' })
      .expect(201);
    await api.http
      .put('/api/v1/indicator-values/MEX/2025')
      .set(bearer(focal.token))
      .send({ values: [] })
      .expect(201);
  });
  afterAll(async () => {
    await db?.destroy();
    await api?.close();
  });

  it('PUT /reports/{iso3}/{period}/{action}: any body, any path', async () => {
    const fields = ['status', 'narrative', 'areas', 'checklist', 'evidence'];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(plausible(fields), jsonValue),
        fc.tuple(pathSegment, pathSegment, pathSegment),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        async (body, [iso3, period, action], ifMatch) =>
          check(() => {
            const request = api.http
              .put(`/api/v1/reports/${encode(iso3)}/${encode(period)}/${encode(action)}`)
              .set(bearer(focal.token));
            if (ifMatch !== undefined) request.set('If-Match', ifMatch);
            return request.type('json').send(asJson(body));
          }),
      ),
      { numRuns: RUNS },
    );
  });

  it('PUT /reports/MEX/2025/d at its current version: any body', async () => {
    const fields = ['status', 'narrative', 'areas', 'checklist', 'evidence'];
    const item = fc.record(
      { item: fc.constantFrom('d1', 'd5', 'a1', 'x'), answer: jsonValue, note: jsonValue },
      { requiredKeys: [] },
    );
    const evidence = fc.record(
      {
        kind: jsonValue,
        title: jsonValue,
        url: fc.webUrl(),
        date: fc.string(),
        reference: jsonValue,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          plausible(fields),
          fc.record({
            status: fc.constantFrom('planned', 'implemented', 'nope'),
            checklist: fc.array(item, { maxLength: 3 }),
            evidence: fc.array(evidence, { maxLength: 3 }),
            areas: fc.array(fc.integer({ min: -2, max: 6 }), { maxLength: 5 }),
          }),
        ),
        async (body) => {
          const current = await api.http.get('/api/v1/reports/MEX/2025/d').set(bearer(focal.token));
          await check(() =>
            api.http
              .put('/api/v1/reports/MEX/2025/d')
              .set(bearer(focal.token))
              .set('If-Match', current.headers.etag)
              .type('json')
              .send(asJson(body)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('PUT /indicator-values/MEX/2025 at its current version: any body', async () => {
    const value = fc.record(
      {
        indicator: fc.constantFrom(
          'SOM_CASES_INVESTIGATED',
          'SOM_PERSONS_CONVICTED',
          'MIG_SMUGGLED_IDENTIFIED',
          'X',
        ),
        total: fc.oneof(fc.integer({ min: -5, max: 2 ** 31 }), jsonValue),
        bySex: fc.oneof(
          fc.dictionary(fc.constantFrom('female', 'male', 'unknown', 'x'), jsonValue),
          jsonValue,
        ),
        bySexAge: jsonValue,
      },
      { requiredKeys: ['indicator'] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.record({ values: fc.array(value, { maxLength: 4 }) }), plausible(['values'])),
        async (body) => {
          const current = await api.http
            .get('/api/v1/indicator-values/MEX/2025')
            .set(bearer(focal.token));
          await check(() =>
            api.http
              .put('/api/v1/indicator-values/MEX/2025')
              .set(bearer(focal.token))
              .set('If-Match', current.headers.etag)
              .type('json')
              .send(asJson(body)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('workflow transitions: any body, any path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('submit', 'return', 'validate', 'reopen', 'nope'),
        fc.oneof(plausible(['comment', 'reason']), jsonValue),
        pathSegment,
        async (transition, body, iso3) =>
          check(() =>
            api.http
              .post(`/api/v1/reports/${encode(iso3)}/2025/d/${transition}`)
              .set(bearer(admin))
              .type('json')
              .send(asJson(body)),
          ),
      ),
      { numRuns: RUNS },
    );
  });

  it('accounts: POST /users, PATCH /users/{id}, PATCH /me', async () => {
    const fields = [
      'email',
      'name',
      'password',
      'role',
      'locale',
      'timeZone',
      'countries',
      'processes',
      'active',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(plausible(fields), jsonValue),
        fc.oneof(fc.uuid(), pathSegment),
        async (body, id) => {
          await check(() =>
            api.http.post('/api/v1/users').set(bearer(admin)).type('json').send(asJson(body)),
          );
          await check(() =>
            api.http
              .patch(`/api/v1/users/${encode(id)}`)
              .set(bearer(admin))
              .set('If-Match', '"1"')
              .type('json')
              .send(asJson(body)),
          );
          await check(() =>
            api.http
              .patch('/api/v1/me')
              .set(bearer(focal.token))
              .set('If-Match', '"999"')
              .type('json')
              .send(asJson(body)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('periods, subscriptions, refresh and sign-in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          plausible([
            'year',
            'dueOn',
            'state',
            'process',
            'period',
            'frequency',
            'email',
            'password',
          ]),
          jsonValue,
        ),
        pathSegment,
        async (body, segment) => {
          await check(() =>
            api.http.post('/api/v1/periods').set(bearer(admin)).type('json').send(asJson(body)),
          );
          await check(() =>
            api.http
              .patch(`/api/v1/periods/${encode(segment)}`)
              .set(bearer(admin))
              .type('json')
              .send(asJson(body)),
          );
          await check(() =>
            api.http
              .post('/api/v1/me/subscriptions')
              .set(bearer(focal.token))
              .type('json')
              .send(asJson(body)),
          );
          await check(() =>
            api.http
              .post('/api/v1/summaries/refresh')
              .set(bearer(admin))
              .type('json')
              .send(asJson(body)),
          );
          // Sign-in failures are audited by design (401); malformed ones write nothing.
          await check(() => api.http.post('/api/v1/auth/login').type('json').send(asJson(body)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('list queries: any parameters', async () => {
    const query = fc.dictionary(
      fc.constantFrom(
        'page',
        'pageSize',
        'sort',
        'state',
        'status',
        'country',
        'process',
        'period',
        'action',
        'from',
        'to',
        'format',
      ),
      fc.string({ unit: 'binary', maxLength: 16 }),
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        for (const path of [
          '/api/v1/reports',
          '/api/v1/indicator-values',
          '/api/v1/audit',
          '/api/v1/users',
          '/api/v1/email-deliveries',
          '/api/v1/summaries/RCM/2025',
        ])
          await check(() => api.http.get(path).query(params).set(bearer(admin)));
      }),
      { numRuns: RUNS },
    );
  });
});
