import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

describe('Withdrawing a submission no coordinator has acted on', () => {
  let api: TestApp;
  let admin: string;
  let mexico: Account;
  let guatemala: Account;
  let coordinator: Account;

  const report = (action: string) => `/api/v1/reports/MEX/2025/${action}`;
  const values = '/api/v1/indicator-values/MEX/2025';

  /** A record of Mexico's, created and submitted by its focal point. */
  const submitted = async (path: string, body: object) => {
    const created = await api.http.put(path).set(bearer(mexico.token)).send(body).expect(201);
    return api.http
      .post(`${path}/submit`)
      .set(bearer(mexico.token))
      .set('If-Match', created.headers.etag)
      .expect(200);
  };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    guatemala = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    coordinator = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
  });
  afterAll(() => api.close());

  it('takes a submitted report back to draft, audited, with its outbox message', async () => {
    const inReview = await submitted(report('d'), { status: 'planned' });
    const { dataSource } = await openDatabase(api);
    const pending = async (): Promise<number> =>
      (
        await dataSource.query(
          `SELECT count(*)::int AS n FROM outbox_message
              WHERE topic = 'reporting.changed' AND payload @> '{"country": "MEX", "period": "2025"}'::jsonb`,
        )
      )[0].n;
    try {
      const before = await pending();
      const withdrawn = await api.http
        .post(`${report('d')}/withdraw`)
        .set(bearer(mexico.token))
        .set('If-Match', inReview.headers.etag)
        .expect(200);
      expect(withdrawn.headers.etag).toBe('"3"');
      expect(withdrawn.body).toMatchObject({
        state: 'draft',
        version: 3,
        submittedAt: null,
        submittedBy: null,
        allowedActions: ['save', 'submit'],
      });
      expect(await pending()).toBe(before + 1);
      // Nobody is notified: no coordinator had acted on it (the submission was announced).
      const announced = await dataSource.query(
        `SELECT payload ->> 'event' AS event FROM outbox_message
          WHERE topic = 'record.transitioned' AND payload ->> 'country' = 'MEX'`,
      );
      expect(announced).toEqual([{ event: 'submit' }]);
    } finally {
      await dataSource.destroy();
    }
    const history = await api.http
      .get(`${report('d')}/history`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual([
      'report.created',
      'report.submitted',
      'report.withdrawn',
    ]);
    expect(history.body[2]).toMatchObject({
      actor: { email: mexico.email },
      before: { state: 'submitted', version: 2 },
      after: { state: 'draft', version: 3 },
    });
    // Out of the review queue.
    const queue = await api.http
      .get('/api/v1/reports?state=submitted')
      .set(bearer(coordinator.token))
      .expect(200);
    expect(queue.body.items).toEqual([]);
  });

  it('is the focal points’ of the country only: another country’s, a coordinator → 403', async () => {
    await submitted(report('e'), { status: 'planned' });
    await api.http
      .post(`${report('e')}/withdraw`)
      .set(bearer(guatemala.token))
      .expect(403);
    await api.http
      .post(`${report('e')}/withdraw`)
      .set(bearer(coordinator.token))
      .expect(403);
    const seen = await api.http.get(report('e')).set(bearer(coordinator.token)).expect(200);
    expect(seen.body).toMatchObject({ state: 'submitted', allowedActions: ['return', 'validate'] });
    const own = await api.http.get(report('e')).set(bearer(mexico.token)).expect(200);
    expect(own.body.allowedActions).toEqual(['withdraw']);
  });

  it('is too late once a coordinator returned or validated it (409), and takes no note', async () => {
    await submitted(report('b'), { status: 'planned' });
    await api.http
      .post(`${report('b')}/withdraw`)
      .set(bearer(mexico.token))
      .send({ comment: 'Oops' })
      .expect(400);
    await api.http
      .post(`${report('b')}/return`)
      .set(bearer(coordinator.token))
      .send({ comment: 'Add the evidence.' })
      .expect(200);
    const afterReturn = await api.http
      .post(`${report('b')}/withdraw`)
      .set(bearer(mexico.token))
      .expect(409);
    expect(afterReturn.body.detail).toBe(
      'The report MEX/2025/b cannot be withdrawn. It is returned: only submitted records can be withdrawn.',
    );

    await submitted(report('c'), { status: 'planned' });
    await api.http
      .post(`${report('c')}/validate`)
      .set(bearer(coordinator.token))
      .expect(200);
    await api.http
      .post(`${report('c')}/withdraw`)
      .set(bearer(mexico.token))
      .expect(409);
  });

  it('takes submitted indicator values back to draft the same way', async () => {
    const inReview = await submitted(values, {
      values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 12 }],
    });
    await api.http.post(`${values}/withdraw`).set(bearer(coordinator.token)).expect(403);
    const withdrawn = await api.http
      .post(`${values}/withdraw`)
      .set(bearer(mexico.token))
      .set('If-Match', inReview.headers.etag)
      .expect(200);
    expect(withdrawn.body).toMatchObject({ state: 'draft', version: 3 });
    const history = await api.http.get(`${values}/history`).set(bearer(mexico.token)).expect(200);
    expect(history.body.at(-1)).toMatchObject({
      action: 'indicator_set.withdrawn',
      after: { state: 'draft', version: 3 },
    });
    await api.http.post(`${values}/withdraw`).set(bearer(mexico.token)).expect(409);
  });
});
