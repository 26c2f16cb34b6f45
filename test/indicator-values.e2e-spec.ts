import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

type Counts = { female: number; male: number; unknown: number };
interface IndicatorValue {
  indicator: string;
  total: number;
  bySex?: Counts;
  bySexAge?: Record<
    'female' | 'male' | 'unknown',
    { child: number; adult: number; unknown: number }
  >;
}

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';
const ages = (child: number, adult: number, unknown: number) => ({ child, adult, unknown });

const fieldsOf = (res: Response): string[] =>
  ((res.body.errors ?? []) as Array<{ field: string }>).map((error) => error.field);

/** MEX 2025 as first saved: every disaggregation, parts in every shape, sent out of order. */
const FIRST: IndicatorValue[] = [
  {
    indicator: 'MIG_DEATHS_ON_ROUTES',
    total: 14,
    bySexAge: { female: ages(1, 2, 0), male: ages(0, 7, 1), unknown: ages(0, 0, 3) },
  },
  { indicator: 'PUBLIC_CAMPAIGNS', total: 4 },
  { indicator: 'SOM_PERSONS_CONVICTED', total: 20, bySex: { female: 3, male: 17, unknown: 0 } },
  // A total alone is accepted on a disaggregated indicator: the parts are not always known.
  { indicator: 'MIG_SMUGGLED_IDENTIFIED', total: 250 },
  { indicator: 'OFFICIALS_TRAINED', total: 35 },
  { indicator: 'SOM_CASES_INVESTIGATED', total: 0 },
  { indicator: 'MIG_UNACCOMPANIED_CHILDREN', total: 0, bySex: { female: 0, male: 0, unknown: 0 } },
];

describe('Indicator values: versioned values with disaggregation checks, reviewed like reports', () => {
  let api: TestApp;
  let db: DataSource;
  let admin: string;
  let mexico: Account;
  let guatemala: Account;
  let coordinator: Account;
  /** Indicator codes in the order of GET /indicators. */
  let order: string[];

  const path = (iso3: string, period: string) => `/api/v1/indicator-values/${iso3}/${period}`;
  /** Values as stored: in indicator order, each public unless sent with another level. */
  const inOrder = (values: IndicatorValue[]) =>
    [...values]
      .sort((a, b) => order.indexOf(a.indicator) - order.indexOf(b.indicator))
      .map((value) => ({ sensitivity: 'public', ...value }));
  const outboxOf = async (iso3: string, period: string): Promise<number> => {
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox_message
        WHERE topic = 'reporting.changed' AND payload @> $1::jsonb`,
      [JSON.stringify({ country: iso3, period })],
    );
    return count;
  };

  beforeAll(async () => {
    api = await startTestApp();
    ({ dataSource: db } = await openDatabase(api));
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    guatemala = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    coordinator = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
    const indicators = await api.http.get('/api/v1/indicators').expect(200);
    order = indicators.body.items.map((item: { code: string }) => item.code);
  });

  afterAll(async () => {
    await db?.destroy();
    await api?.close();
  });

  it('creates the values without If-Match and returns them in indicator order, parts exactly as sent', async () => {
    expect(order).toHaveLength(15);
    const outboxBefore = await outboxOf('MEX', '2025');
    const created = await api.http
      .put(path('MEX', '2025'))
      .set(bearer(mexico.token))
      .send({ values: FIRST })
      .expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe('/api/v1/indicator-values/MEX/2025');
    expect(created.body).toMatchObject({
      country: 'MEX',
      period: '2025',
      state: 'draft',
      version: 1,
      review: { comment: null, reviewedAt: null, reviewedBy: null },
      submittedAt: null,
      validatedAt: null,
      changedSinceValidation: null,
      updatedBy: mexico.email,
      allowedActions: ['save', 'submit'],
    });
    expect(created.body.values).toEqual(inOrder(FIRST));
    // A save tells the regional summaries to recount, as reports' saves do.
    expect(await outboxOf('MEX', '2025')).toBe(outboxBefore + 1);
    expect(created.body.values.map((v: IndicatorValue) => v.indicator)).toEqual([
      'SOM_CASES_INVESTIGATED',
      'SOM_PERSONS_CONVICTED',
      'MIG_SMUGGLED_IDENTIFIED',
      'MIG_UNACCOMPANIED_CHILDREN',
      'MIG_DEATHS_ON_ROUTES',
      'OFFICIALS_TRAINED',
      'PUBLIC_CAMPAIGNS',
    ]);

    const read = await api.http.get(path('MEX', '2025')).set(bearer(mexico.token)).expect(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(created.body);
    // Coordinators and admins read the same values; what they may do differs.
    const seen = await api.http.get(path('MEX', '2025')).set(bearer(coordinator.token)).expect(200);
    expect(seen.body.values).toEqual(inOrder(FIRST));
    expect(seen.body.allowedActions).toEqual([]);

    // Stored as cells: a total per indicator, plus each part given (zeros included).
    const [{ cells }] = await db.query(
      `SELECT count(*)::int AS cells FROM indicator_value WHERE country_iso3 = 'MEX' AND period_code = '2025'`,
    );
    expect(cells).toBe(7 + 9 + 3 + 3);
  });

  it('answers 404 for values never saved and for unknown countries or periods, 400 for malformed ones', async () => {
    await api.http.get(path('MEX', '2019')).set(bearer(mexico.token)).expect(404);
    await api.http
      .get(`${path('MEX', '2019')}/history`)
      .set(bearer(mexico.token))
      .expect(404);
    const country = await api.http.get(path('ZZZ', '2025')).set(bearer(admin)).expect(404);
    expect(country.headers['content-type']).toBe(PROBLEM_JSON);
    expect(country.body.detail).toBe('No country with ISO3 code "ZZZ"');
    const period = await api.http.get(path('MEX', '1999')).set(bearer(mexico.token)).expect(404);
    expect(period.body.detail).toBe('No reporting period 1999');
    const bad = await api.http.get(path('MEX', '25')).set(bearer(mexico.token)).expect(400);
    expect(fieldsOf(bad)).toEqual(['period']);
    await api.http.get(path('MEX', '2025')).set(bearer(guatemala.token)).expect(403);
  });

  it('needs If-Match to update: 412 without (it would be a create), 412 when stale, and exactly one of concurrent saves wins', async () => {
    const p = path('MEX', '2024');
    const first = [{ indicator: 'SOM_CASES_INVESTIGATED', total: 3 }];
    const created = await api.http
      .put(p)
      .set(bearer(mexico.token))
      .send({ values: first })
      .expect(201);
    expect(created.headers.etag).toBe('"1"');

    const missing = await api.http
      .put(p)
      .set(bearer(mexico.token))
      .send({ values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 4 }] })
      .expect(412);
    expect(missing.headers['content-type']).toBe(PROBLEM_JSON);
    expect(missing.body.detail).toMatch(/already exists \(now version 1\)/);

    const second = await api.http
      .put(p)
      .set(bearer(mexico.token))
      .set('If-Match', created.headers.etag)
      .send({ values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 4 }] })
      .expect(200);
    expect(second.headers.etag).toBe('"2"');
    expect(second.body).toMatchObject({ version: 2, state: 'draft' });

    const stale = await api.http
      .put(p)
      .set(bearer(mexico.token))
      .set('If-Match', created.headers.etag)
      .send({ values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 5 }] })
      .expect(412);
    expect(stale.body.detail).toMatch(/changed since you read it \(now version 2\)/);
    await api.http
      .put(p)
      .set(bearer(mexico.token))
      .set('If-Match', '"7"')
      .send({ values: [] })
      .expect(412);
    // If-Match on values that do not exist yet cannot match anything.
    const absent = await api.http
      .put(path('MEX', '2023'))
      .set(bearer(mexico.token))
      .set('If-Match', '"1"')
      .send({ values: first })
      .expect(412);
    expect(absent.body.detail).toMatch(/does not exist yet; create it without If-Match/);

    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api.http
          .put(p)
          .set(bearer(mexico.token))
          .set('If-Match', 'W/"2"')
          .send({ values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 10 + i }] }),
      ),
    );
    const statuses = attempts.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(7);
    const winner = attempts.find((res) => res.status === 200)!;

    const current = await api.http.get(p).set(bearer(mexico.token)).expect(200);
    expect(current.headers.etag).toBe('"3"');
    expect(current.body.values).toEqual(winner.body.values);
    const history = await api.http.get(`${p}/history`).set(bearer(mexico.token)).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual([
      'indicator_set.created',
      'indicator_set.updated',
      'indicator_set.updated',
    ]);
    expect(history.body[0]).toMatchObject({ before: null, after: first });
    expect(history.body[1]).toMatchObject({
      before: first,
      after: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 4 }],
    });
  });

  describe('refuses values that do not fit the indicators', () => {
    const p = () => path('MEX', '2025');
    const save = (values: unknown) =>
      api.http.put(p()).set(bearer(mexico.token)).set('If-Match', '"1"').send({ values });
    /** A refused save: 400 problem details listing exactly these fields, and nothing changed. */
    async function refused(values: unknown, fields: string[]): Promise<Response> {
      const res = await save(values);
      expect({ status: res.status, fields: fieldsOf(res) }).toEqual({ status: 400, fields });
      expect(res.headers['content-type']).toBe(PROBLEM_JSON);
      expect(res.body).toMatchObject({ title: 'Bad Request', status: 400, instance: p() });
      return res;
    }
    const convicted = (total: number, female: number, male: number, unknown: number) => ({
      indicator: 'SOM_PERSONS_CONVICTED',
      total,
      bySex: { female, male, unknown },
    });
    const deaths = (total: number) => ({
      indicator: 'MIG_DEATHS_ON_ROUTES',
      total,
      bySexAge: { female: ages(1, 2, 0), male: ages(0, 7, 1), unknown: ages(0, 0, 3) },
    });

    it('a total that is not the sum of its parts', async () => {
      const sex = await refused([convicted(21, 3, 17, 0)], ['values[0].total']);
      expect(sex.body.errors[0].messages).toEqual(['total 21 must equal the sum of bySex (20)']);
      const sexAge = await refused(
        [convicted(20, 3, 17, 0), { indicator: 'PUBLIC_CAMPAIGNS', total: 1 }, deaths(15)],
        ['values[2].total'],
      );
      expect(sexAge.body.errors[0].messages).toEqual([
        'total 15 must equal the sum of bySexAge (14)',
      ]);
      // Every bad value is listed, not only the first.
      await refused(
        [convicted(19, 3, 17, 0), { indicator: 'PUBLIC_CAMPAIGNS', total: 1 }, deaths(13)],
        ['values[0].total', 'values[2].total'],
      );
      await refused(
        [convicted(1, 3, 17, 0), { ...deaths(0), indicator: 'MIG_SMUGGLED_ASSISTED' }],
        ['values[0].total', 'values[1].total'],
      );
    });

    it('parts the indicator does not have, or both kinds of parts', async () => {
      const none = await refused(
        [{ indicator: 'PUBLIC_CAMPAIGNS', total: 1, bySex: { female: 1, male: 0, unknown: 0 } }],
        ['values[0].bySex'],
      );
      expect(none.body.errors[0].messages).toEqual([
        'PUBLIC_CAMPAIGNS is not disaggregated by sex',
      ]);
      const sexOnly = await refused(
        [{ ...deaths(14), indicator: 'SOM_PERSONS_CONVICTED' }],
        ['values[0].bySexAge'],
      );
      expect(sexOnly.body.errors[0].messages).toEqual([
        'SOM_PERSONS_CONVICTED is not disaggregated by sex and age',
      ]);
      await refused(
        [{ ...deaths(14), indicator: 'SOM_CASES_INVESTIGATED' }],
        ['values[0].bySexAge'],
      );
      const both = await refused(
        [{ ...deaths(14), bySex: { female: 3, male: 8, unknown: 3 } }],
        ['values[0]'],
      );
      expect(both.body.errors[0].messages).toEqual(['give bySex or bySexAge, not both']);
    });

    it('unknown, malformed and repeated indicators', async () => {
      const unknown = await refused(
        [
          { indicator: 'PUBLIC_CAMPAIGNS', total: 1 },
          { indicator: 'SOM_UNICORNS_SEEN', total: 1 },
        ],
        ['values[1].indicator'],
      );
      expect(unknown.body.errors[0].messages).toEqual(['no indicator SOM_UNICORNS_SEEN']);
      await refused([{ indicator: 'som_cases_investigated', total: 1 }], ['values[0].indicator']);
      await refused([{ total: 1 }], ['values[0].indicator']);
      const twice = await refused(
        [
          { indicator: 'PUBLIC_CAMPAIGNS', total: 1 },
          { indicator: 'SOM_CASES_INVESTIGATED', total: 1 },
          { indicator: 'PUBLIC_CAMPAIGNS', total: 2 },
        ],
        ['values[2].indicator'],
      );
      expect(twice.body.errors[0].messages).toEqual(['PUBLIC_CAMPAIGNS is given twice']);
    });

    it('negative, fractional, oversized or non-numeric counts', async () => {
      await refused([{ indicator: 'PUBLIC_CAMPAIGNS', total: -1 }], ['values[0].total']);
      await refused([{ indicator: 'PUBLIC_CAMPAIGNS', total: 2.5 }], ['values[0].total']);
      await refused([{ indicator: 'PUBLIC_CAMPAIGNS', total: '3' }], ['values[0].total']);
      await refused([{ indicator: 'PUBLIC_CAMPAIGNS', total: null }], ['values[0].total']);
      await refused([{ indicator: 'PUBLIC_CAMPAIGNS', total: 1_000_000_001 }], ['values[0].total']);
      await refused([convicted(1, 2, -1, 0)], ['values[0].bySex.male']);
      await refused(
        [convicted(2, 0.5, 1.5, 0)],
        ['values[0].bySex.female', 'values[0].bySex.male'],
      );
      await refused(
        [
          {
            ...deaths(14),
            bySexAge: { female: ages(1, 2, 0), male: ages(0, 7, 1), unknown: ages(0, 0, 2.5) },
          },
        ],
        ['values[0].bySexAge.unknown.unknown'],
      );
      await refused(
        [{ indicator: 'SOM_PERSONS_CONVICTED', total: 1, bySex: { female: 1, male: 0 } }],
        ['values[0].bySex.unknown'],
      );
    });

    it('and after every refusal the saved values are untouched', async () => {
      const current = await api.http.get(p()).set(bearer(mexico.token)).expect(200);
      expect(current.headers.etag).toBe('"1"');
      expect(current.body.values).toEqual(inOrder(FIRST));
      const history = await api.http.get(`${p()}/history`).set(bearer(mexico.token)).expect(200);
      expect(history.body.map((e: { action: string }) => e.action)).toEqual([
        'indicator_set.created',
      ]);
    });
  });

  it('refuses a sex-by-age breakdown that leaves out a sex with 400, not 500', async () => {
    const p = path('MEX', '2025');
    const cases: Array<[string, unknown]> = [
      ['unknown sex missing', { female: ages(1, 1, 0), male: ages(0, 0, 0) }],
      ['empty object', {}],
      ['array', []],
    ];
    const results = [];
    for (const [name, bySexAge] of cases) {
      const res = await api.http
        .put(p)
        .set(bearer(mexico.token))
        .set('If-Match', '"1"')
        .send({ values: [{ indicator: 'MIG_SMUGGLED_IDENTIFIED', total: 2, bySexAge }] });
      results.push({ name, status: res.status, fields: fieldsOf(res) });
    }
    expect(results).toEqual(
      cases.map(([name]) => ({
        name,
        status: 400,
        fields: expect.arrayContaining([expect.stringMatching(/^values\[0\]\.bySexAge/)]),
      })),
    );
    const current = await api.http.get(p).set(bearer(mexico.token)).expect(200);
    expect(current.headers.etag).toBe('"1"');
  });

  it('goes through submit, return, validate and reopen, showing what changed since validation', async () => {
    const p = path('MEX', '2025');
    const outboxBefore = await outboxOf('MEX', '2025');
    await api.http
      .put(p)
      .set(bearer(coordinator.token))
      .set('If-Match', '"1"')
      .send({ values: FIRST })
      .expect(403);

    const submitted = await api.http.post(`${p}/submit`).set(bearer(mexico.token)).expect(200);
    expect(submitted.headers.etag).toBe('"2"');
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      version: 2,
      submittedBy: mexico.email,
      submittedAt: expect.any(String),
    });
    expect(submitted.body.values).toEqual(inOrder(FIRST));
    expect(submitted.body.allowedActions).toEqual(['withdraw']);
    const inReview = await api.http.get(p).set(bearer(coordinator.token)).expect(200);
    expect(inReview.body.allowedActions).toEqual(['return', 'validate']);
    const locked = await api.http
      .put(p)
      .set(bearer(mexico.token))
      .set('If-Match', '"2"')
      .send({ values: FIRST })
      .expect(409);
    expect(locked.body.detail).toMatch(
      /It is submitted: only draft or returned records can be edited/,
    );

    await api.http.post(`${p}/return`).set(bearer(mexico.token)).send({ comment: 'x' }).expect(403);
    await api.http.post(`${p}/return`).set(bearer(coordinator.token)).send({}).expect(400);
    await api.http
      .post(`${p}/return`)
      .set(bearer(coordinator.token))
      .send({ comment: '   ' })
      .expect(400);
    const comment = 'Convictions by sex do not match the judiciary’s figures.';
    const returned = await api.http
      .post(`${p}/return`)
      .set(bearer(coordinator.token))
      .set('If-Match', submitted.headers.etag)
      .send({ comment })
      .expect(200);
    expect(returned.body).toMatchObject({
      state: 'returned',
      version: 3,
      review: { comment, reviewedBy: coordinator.email, reviewedAt: expect.any(String) },
    });

    const corrected = FIRST.map((v) =>
      v.indicator === 'SOM_PERSONS_CONVICTED'
        ? { ...v, total: 21, bySex: { female: 4, male: 17, unknown: 0 } }
        : v,
    );
    const fixed = await api.http
      .put(p)
      .set(bearer(mexico.token))
      .set('If-Match', returned.headers.etag)
      .send({ values: corrected })
      .expect(200);
    expect(fixed.body).toMatchObject({ state: 'returned', version: 4 });
    await api.http.post(`${p}/submit`).set(bearer(mexico.token)).expect(200);
    await api.http.post(`${p}/validate`).set(bearer(mexico.token)).expect(403);
    const validated = await api.http
      .post(`${p}/validate`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(validated.body).toMatchObject({
      state: 'validated',
      version: 6,
      validatedBy: coordinator.email,
      validatedAt: expect.any(String),
      changedSinceValidation: [],
      allowedActions: ['reopen'],
    });
    const frozen = await api.http
      .put(p)
      .set(bearer(mexico.token))
      .set('If-Match', '"6"')
      .send({ values: corrected })
      .expect(409);
    expect(frozen.body.detail).toMatch(/It is validated: .*\(reopen it first\)/);

    await api.http.post(`${p}/reopen`).set(bearer(mexico.token)).send({ reason: 'x' }).expect(403);
    await api.http.post(`${p}/reopen`).set(bearer(coordinator.token)).send({}).expect(400);
    const reason = 'The prosecutor’s office corrected the 2025 figures.';
    const reopened = await api.http
      .post(`${p}/reopen`)
      .set(bearer(coordinator.token))
      .send({ reason })
      .expect(200);
    expect(reopened.body).toMatchObject({
      state: 'returned',
      version: 7,
      review: { comment: reason },
      changedSinceValidation: [],
    });

    // One total changed, one split changed at the same total, one removed, one added.
    const edited = [
      ...corrected
        .filter((v) => v.indicator !== 'SOM_CASES_INVESTIGATED')
        .map((v) => {
          if (v.indicator === 'PUBLIC_CAMPAIGNS') return { ...v, total: 5 };
          if (v.indicator === 'MIG_DEATHS_ON_ROUTES')
            return {
              ...v,
              bySexAge: { female: ages(2, 1, 0), male: ages(0, 7, 1), unknown: ages(0, 0, 3) },
            };
          return v;
        }),
      { indicator: 'SOM_JOINT_INVESTIGATIONS', total: 2 },
    ];
    const afterEdit = await api.http
      .put(p)
      .set(bearer(mexico.token))
      .set('If-Match', reopened.headers.etag)
      .send({ values: edited })
      .expect(200);
    const changed = [
      'MIG_DEATHS_ON_ROUTES',
      'PUBLIC_CAMPAIGNS',
      'SOM_CASES_INVESTIGATED',
      'SOM_JOINT_INVESTIGATIONS',
    ];
    expect([...afterEdit.body.changedSinceValidation].sort()).toEqual(changed);
    expect(afterEdit.body.values).toEqual(inOrder(edited));
    await api.http.post(`${p}/submit`).set(bearer(mexico.token)).expect(200);
    const review = await api.http.get(p).set(bearer(coordinator.token)).expect(200);
    expect([...review.body.changedSinceValidation].sort()).toEqual(changed);
    const again = await api.http.post(`${p}/validate`).set(bearer(coordinator.token)).expect(200);
    expect(again.body).toMatchObject({
      state: 'validated',
      version: 10,
      changedSinceValidation: [],
    });

    const history = await api.http.get(`${p}/history`).set(bearer(mexico.token)).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual([
      'indicator_set.created',
      'indicator_set.submitted',
      'indicator_set.returned',
      'indicator_set.updated',
      'indicator_set.submitted',
      'indicator_set.validated',
      'indicator_set.reopened',
      'indicator_set.updated',
      'indicator_set.submitted',
      'indicator_set.validated',
    ]);
    expect(history.body[0]).toMatchObject({
      actor: { id: mexico.id, email: mexico.email },
      entityType: 'indicator_set',
      entityId: 'MEX/2025',
      before: null,
      after: inOrder(FIRST),
      requestId: expect.any(String),
    });
    expect(history.body[2]).toMatchObject({
      actor: { id: coordinator.id, email: coordinator.email },
      before: { state: 'submitted', version: 2 },
      after: { state: 'returned', version: 3, comment },
    });
    expect(history.body[3]).toMatchObject({ before: inOrder(FIRST), after: inOrder(corrected) });
    expect(history.body[6]).toMatchObject({
      before: { state: 'validated', version: 6 },
      after: { state: 'returned', version: 7, comment: reason },
    });
    expect(history.body[7]).toMatchObject({ before: inOrder(corrected), after: inOrder(edited) });
    // Every transition (7) and every edit (2) tells the regional summaries to recount.
    expect((await outboxOf('MEX', '2025')) - outboxBefore).toBe(9);
  });

  it('answers an invalid transition with 409 naming the current state, and changes nothing', async () => {
    const p = path('MEX', '2023');
    const label = 'The indicator values of MEX for 2023';
    const missing = await api.http.post(`${p}/submit`).set(bearer(mexico.token)).expect(404);
    expect(missing.body.detail).toMatch(/^The indicator values of MEX for 2023 do(es)? not exist/);
    await api.http.post(`${p}/validate`).set(bearer(coordinator.token)).expect(404);

    await api.http
      .put(p)
      .set(bearer(mexico.token))
      .send({ values: [{ indicator: 'SOM_MLA_REQUESTS', total: 6 }] })
      .expect(201);
    const conflict = async (event: string, token: string, body: object, pattern: RegExp) => {
      const res = await api.http.post(`${p}/${event}`).set(bearer(token)).send(body).expect(409);
      expect(res.headers['content-type']).toBe(PROBLEM_JSON);
      expect(res.body.detail).toMatch(pattern);
    };
    const reopen = { reason: 'Because.' };
    const giveBack = { comment: 'Please check.' };
    await conflict(
      'validate',
      coordinator.token,
      {},
      new RegExp(
        `^${label} cannot be validated\\. It is draft: only submitted records can be validated\\.$`,
      ),
    );
    await conflict(
      'return',
      coordinator.token,
      giveBack,
      /It is draft: only submitted records can be returned/,
    );
    await conflict(
      'reopen',
      coordinator.token,
      reopen,
      /It is draft: only validated records can be reopened/,
    );

    await api.http.post(`${p}/submit`).set(bearer(mexico.token)).expect(200);
    await conflict(
      'submit',
      mexico.token,
      {},
      /It is submitted: only draft or returned records can be submitted/,
    );
    await conflict(
      'reopen',
      coordinator.token,
      reopen,
      /It is submitted: only validated records can be reopened/,
    );
    // A stale version is refused before the state is even considered.
    await api.http
      .post(`${p}/validate`)
      .set(bearer(coordinator.token))
      .set('If-Match', '"1"')
      .expect(412);

    await api.http.post(`${p}/validate`).set(bearer(coordinator.token)).expect(200);
    await conflict(
      'validate',
      coordinator.token,
      {},
      /It is validated: only submitted records can be validated/,
    );
    await conflict(
      'return',
      coordinator.token,
      giveBack,
      /It is validated: only submitted records can be returned/,
    );
    await conflict(
      'submit',
      mexico.token,
      {},
      /It is validated: only draft or returned records can be submitted/,
    );

    const current = await api.http.get(p).set(bearer(mexico.token)).expect(200);
    expect(current.body).toMatchObject({ state: 'validated', version: 3 });
    const history = await api.http.get(`${p}/history`).set(bearer(mexico.token)).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual([
      'indicator_set.created',
      'indicator_set.submitted',
      'indicator_set.validated',
    ]);
  });

  it('rejects edits and submissions in a closed period until an admin reopens it', async () => {
    const gtm = path('GTM', '2025');
    const draft = await api.http
      .put(gtm)
      .set(bearer(guatemala.token))
      .send({ values: [{ indicator: 'SOM_PERSONS_PROSECUTED', total: 9 }] })
      .expect(201);
    await api.http
      .patch('/api/v1/periods/2025')
      .set(bearer(admin))
      .send({ state: 'closed' })
      .expect(200);
    try {
      const edit = await api.http
        .put(gtm)
        .set(bearer(guatemala.token))
        .set('If-Match', draft.headers.etag)
        .send({ values: [{ indicator: 'SOM_PERSONS_PROSECUTED', total: 10 }] })
        .expect(409);
      expect(edit.headers['content-type']).toBe(PROBLEM_JSON);
      expect(edit.body.detail).toBe(
        'The 2025 reporting period is closed: editing is not possible until an admin reopens it.',
      );
      const submit = await api.http.post(`${gtm}/submit`).set(bearer(guatemala.token)).expect(409);
      expect(submit.body.detail).toMatch(/2025 reporting period is closed: submitting/);
      await api.http.put(path('HND', '2025')).set(bearer(admin)).send({ values: [] }).expect(409);
      // The validated MEX values cannot be reopened either.
      const reopen = await api.http
        .post(`${path('MEX', '2025')}/reopen`)
        .set(bearer(coordinator.token))
        .send({ reason: 'Late correction.' })
        .expect(409);
      expect(reopen.body.detail).toMatch(/2025 reporting period is closed: reopening/);
      const unchanged = await api.http.get(gtm).set(bearer(guatemala.token)).expect(200);
      expect(unchanged.body).toMatchObject({
        state: 'draft',
        version: 1,
        values: [{ indicator: 'SOM_PERSONS_PROSECUTED', total: 9 }],
      });
    } finally {
      await api.http
        .patch('/api/v1/periods/2025')
        .set(bearer(admin))
        .send({ state: 'open' })
        .expect(200);
    }
    await api.http
      .put(gtm)
      .set(bearer(guatemala.token))
      .set('If-Match', draft.headers.etag)
      .send({ values: [{ indicator: 'SOM_PERSONS_PROSECUTED', total: 10 }] })
      .expect(200);
    const submitted = await api.http.post(`${gtm}/submit`).set(bearer(guatemala.token)).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', version: 3 });
  });
});
