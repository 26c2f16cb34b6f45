import { bearer, createAccount, signIn, TEST_ADMIN } from '../helpers/accounts';
import { openDatabase } from '../helpers/database-access';
import { startTestApp, TestApp } from '../helpers/test-app';

describe('Fault: 100 concurrent updates of one report with the same version', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ DATABASE_POOL_SIZE: '10' });
  });
  afterAll(() => api?.close());

  it('lets exactly one win; the others get 412 and the audit trail shows one change', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const focal = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    const path = '/api/v1/reports/MEX/2025/d';
    const created = await api.http
      .put(path)
      .set(bearer(focal.token))
      .send({ status: 'planned', narrative: 'first' })
      .expect(201);

    const attempts = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api.http
          .put(path)
          .set(bearer(focal.token))
          .set('If-Match', created.headers.etag)
          .send({ status: 'in_progress', narrative: `writer ${i}` }),
      ),
    );
    const statuses = attempts.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(99);
    const winner = attempts.find((res) => res.status === 200)!;

    const now = await api.http.get(path).set(bearer(focal.token)).expect(200);
    expect(now.headers.etag).toBe('"2"');
    expect(now.body.narrative).toBe(winner.body.narrative);

    const history = await api.http.get(`${path}/history`).set(bearer(focal.token)).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual([
      'report.created',
      'report.updated',
    ]);
    expect(history.body[1].after.narrative).toBe(winner.body.narrative);
    // Nothing half-written by the losers: one outbox message per committed change.
    const { dataSource } = await openDatabase(api);
    try {
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_message
              WHERE topic = 'reporting.changed' AND payload @> '{"country": "MEX", "period": "2025"}'::jsonb`,
      );
      expect(n).toBe(2);
    } finally {
      await dataSource.destroy();
    }
  });
});
