import { SummariesService } from '@app/summaries';
import { generateSyntheticData } from '../../bench/lib/synthetic-data';
import { bearer, signIn, TEST_ADMIN } from '../helpers/accounts';
import { openDatabase } from '../helpers/database-access';
import { spawnApp, SpawnedApp } from '../helpers/spawn-app';
import { startTestApp, TestApp } from '../helpers/test-app';
import { eventually } from '../helpers/eventually';

const waitUntil = <T>(probe: () => Promise<T | undefined>, timeoutMs = 60000) =>
  eventually(probe, timeoutMs, 25);

// Two worker processes start under ts-node: slow on a busy 2-core machine.
jest.setTimeout(180_000);

describe('Fault: the worker is killed (SIGKILL) in the middle of a summary job', () => {
  let api: TestApp;
  const workers: SpawnedApp[] = [];

  /** The real worker as its own process, on the test app's database and Redis prefix. */
  const startWorker = async () => {
    const worker = spawnApp('apps/worker/src/main.ts', {
      NODE_ENV: 'test',
      DATABASE_URL: api.config.database.url,
      REDIS_URL: api.config.redis.url,
      REDIS_PREFIX: api.config.redis.prefix,
      WORKER_HEALTH_PORT: '0',
      // A job whose worker stops renewing its lock for a second is stalled and run again.
      JOB_LOCK_MS: '1000',
    });
    workers.push(worker);
    await worker.waitFor(/summary schedules registered/, 60000);
    return worker;
  };

  beforeAll(async () => {
    api = await startTestApp();
    // Enough data (193 States in 20 more processes) for a full recompute to take a while.
    const { dataSource } = await openDatabase(api);
    try {
      await generateSyntheticData(dataSource);
      // Statistics as a running database has them (autovacuum), so plans are those of production.
      await dataSource.query('ANALYZE');
    } finally {
      await dataSource.destroy();
    }
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await Promise.all(workers.map((worker) => worker.exited));
    await api?.close();
  });

  it('runs the job again after a restart, to completion once, leaving what a clean recompute gives', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const first = await startWorker();
    const accepted = await api.http
      .post('/api/v1/summaries/refresh')
      .set(bearer(admin))
      .send({})
      .expect(202);
    const job = () =>
      api.http.get(`/api/v1/jobs/${accepted.body.jobId}`).set(bearer(admin)).expect(200);
    await waitUntil(async () => {
      const { body } = await job();
      return body.state === 'active' && body.progress < 100 ? true : undefined;
    });
    first.child.kill('SIGKILL');
    await first.exited;
    expect((await job()).body.state).toBe('active'); // nobody holds it now; its lock runs out

    await startWorker();
    // The restarted worker may run its catch-up recompute first: two full recomputes, which on a
    // busy shared machine can take longer than a minute.
    const done = await waitUntil(async () => {
      const { body } = await job();
      return body.state === 'completed' ? body : undefined;
    }, 150_000);
    expect(done).toMatchObject({ progress: 100, failedReason: null });
    expect(done.result.summaries).toBeGreaterThan(100);

    // What is stored is exactly what a clean recompute computes now: nothing changes.
    const summaries = api.app.get(SummariesService);
    const pairs = await summaries.pairs();
    expect(await summaries.recomputeMany(pairs)).toBe(0);
  });
});
