import { INestApplicationContext } from '@nestjs/common';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from '../helpers/accounts';
import { openDatabase } from '../helpers/database-access';
import { PrivateRedis, startPrivateRedis } from '../helpers/redis-server';
import { startTestApp, TestApp } from '../helpers/test-app';
import { startTestWorker } from '../helpers/test-worker';
import { eventually } from '../helpers/eventually';

const waitUntil = <T>(probe: () => Promise<T | undefined>, timeoutMs = 45000) =>
  eventually(probe, timeoutMs, 200);

const COUNTRIES = ['BLZ', 'CRI', 'GTM', 'HND', 'MEX', 'PAN'];
const ACTIONS = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('Fault: Redis stops while focal points keep saving', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    api = await startTestApp({
      REDIS_URL: redis.url,
      OUTBOX_POLL_MS: '200',
      SUMMARY_COALESCE_MS: '200',
    });
    worker = await startTestWorker(api.config);
  });
  afterAll(async () => {
    await redis?.start().catch(() => undefined); // closing the queues needs Redis
    await worker?.close();
    await api?.close();
    await redis?.stop();
  });

  it('accepts every save and submission, and summaries catch up by themselves when it returns', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const focal: Record<string, Account> = {};
    for (const iso3 of COUNTRIES.slice(1))
      focal[iso3] = await createAccount(api, admin, 'focal_point', { countries: [iso3] });
    const late = await createAccount(api, admin, 'focal_point', { countries: ['BLZ'] });

    await redis.stop();
    // Signing in still works (rate limits are counted in memory meanwhile).
    focal.BLZ = { ...late, token: await signIn(api, late.email, late.password) };
    const results = await Promise.all(
      COUNTRIES.flatMap((iso3) =>
        ACTIONS.map(async (action) => {
          const path = `/api/v1/reports/${iso3}/2026/${action}`;
          const saved = await api.http
            .put(path)
            .set(bearer(focal[iso3].token))
            .send({ status: 'implemented', narrative: `${iso3} ${action}` });
          const submitted = await api.http
            .post(`${path}/submit`)
            .set(bearer(focal[iso3].token))
            .set('If-Match', saved.headers.etag ?? '');
          return [saved.status, submitted.status];
        }),
      ),
    );
    expect(results.filter(([saved, submitted]) => saved !== 201 || submitted !== 200)).toEqual([]);
    const { dataSource } = await openDatabase(api);
    try {
      const [{ reports, pending }] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM report WHERE period_code = '2026' AND state = 'submitted') AS reports,
                (SELECT count(*)::int FROM outbox_message
                  WHERE processed_at IS NULL AND topic = 'reporting.changed') AS pending`,
      );
      expect(reports).toBe(COUNTRIES.length * ACTIONS.length);
      // Two summary messages per report (save, submit), none relayed yet; each submit also
      // left a record.transitioned message for the coordinators' notifications.
      expect(pending).toBe(COUNTRIES.length * ACTIONS.length * 2);
    } finally {
      await dataSource.destroy();
    }

    await redis.start();
    const summary = await waitUntil(async () => {
      const res = await api.http.get('/api/v1/summaries/RCM/2026').set(bearer(admin));
      return res.status === 200 && res.body.notValidated.submitted === 36 ? res.body : undefined;
    });
    expect(summary.validatedReports).toBe(0);
    const { dataSource: after } = await openDatabase(api);
    try {
      await waitUntil(async () => {
        const [{ pending }] = await after.query(
          `SELECT count(*)::int AS pending FROM outbox_message WHERE processed_at IS NULL`,
        );
        return pending === 0 ? true : undefined;
      });
    } finally {
      await after.destroy();
    }
  });

  it('answers a save while Redis hangs with its connections open (no invalidation holds it)', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const focal = await createAccount(api, admin, 'focal_point', { countries: ['CRI'] });
    // The account is cached first, as it is for anyone already at work.
    await api.http.get('/api/v1/me').set(bearer(focal.token)).expect(200);
    redis.freeze();
    try {
      const saved = await api.http
        .put('/api/v1/reports/CRI/2025/b')
        .set(bearer(focal.token))
        .send({ status: 'in_progress', narrative: 'Saved while Redis hangs' });
      expect(saved.status).toBe(201);
    } finally {
      redis.thaw();
    }
    // The list read afterwards shows it.
    const listed = await api.http
      .get('/api/v1/reports?country=CRI&period=2025')
      .set(bearer(focal.token))
      .expect(200);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ action: 'b', version: 1 }));
  });
});
