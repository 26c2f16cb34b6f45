import request from 'supertest';
import { Account, bearer, createAccount, TEST_ADMIN } from '../helpers/accounts';
import { eventually } from '../helpers/eventually';
import { freePort } from '../helpers/free-port';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { spawnApp, SpawnedApp } from '../helpers/spawn-app';
import type { TestApp } from '../helpers/test-app';
import { createTestDatabase } from '../helpers/test-database';
import { currentTestRun, deleteRedisKeys, redisPrefixOf } from '../helpers/test-run';

// Five processes start under ts-node on a 2-core machine shared with PostgreSQL.
jest.setTimeout(240_000);

const API_ENTRY = 'apps/api/src/main.ts';
const WORKER_ENTRY = 'apps/worker/src/main.ts';

/** One running API process, reached as a load balancer would reach it. */
interface ApiProcess {
  process: SpawnedApp;
  /** Enough of a TestApp for the account helpers: its HTTP client. */
  client: TestApp;
}

/**
 * Three API processes and two workers on one database and one Redis, driven round-robin as a
 * load balancer would: what one process learns, the others must act on.
 */
describe('Scale: three API processes and two workers behave as one', () => {
  const run = currentTestRun();
  const prefix = redisPrefixOf(run, 'scale');
  let database: { url: string; drop: () => Promise<void> };
  let smtp: SmtpSink;
  const apis: ApiProcess[] = [];
  const workers: SpawnedApp[] = [];
  let admin: string;
  let mexico: Account;
  let coordinator: Account;

  const env = () => ({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: run.redisUrl,
    REDIS_PREFIX: prefix,
    SMTP_URL: smtp.url,
    OUTBOX_POLL_MS: '100',
    SUMMARY_COALESCE_MS: '300',
    // Small limits, so that a client getting 3× them through three processes would show.
    LOGIN_LIMIT_PER_IP: '3',
    LOGIN_LIMIT_PER_ACCOUNT: '3',
    EXPORT_LIMIT_PER_MINUTE: '3',
    // Two-factor enrolment has its own suite; here the admin works straight away.
    REQUIRE_TWO_FACTOR_ROLES: 'none',
  });
  const api = (i: number) => apis[i % apis.length].client.http;
  const workerLines = (message: string) =>
    workers
      .flatMap((worker) => worker.stdout().split('\n'))
      .filter((line) => line.includes(`"msg":"${message}"`))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpSink();
    const ports = [await freePort(), await freePort(), await freePort()];
    for (const port of ports) {
      const process = spawnApp(API_ENTRY, { ...env(), PORT: String(port) });
      apis.push({
        process,
        client: { http: request(`http://127.0.0.1:${port}`) } as unknown as TestApp,
      });
    }
    for (let i = 0; i < 2; i += 1)
      workers.push(spawnApp(WORKER_ENTRY, { ...env(), WORKER_HEALTH_PORT: '0' }));
    await Promise.all([
      ...apis.map(({ process }) => process.waitFor(/API listening/, 120_000)),
      ...workers.map((worker) => worker.waitFor(/Worker ready/, 120_000)),
    ]);
    const signedIn = await api(0)
      .post('/api/v1/auth/login')
      .send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password })
      .expect(200);
    admin = signedIn.body.accessToken;
    mexico = await createAccount(apis[1].client, admin, 'focal_point', { countries: ['MEX'] });
    coordinator = await createAccount(apis[2].client, admin, 'coordinator', {
      processes: ['RCM'],
    });
  });

  afterAll(async () => {
    const all = [...apis.map(({ process }) => process), ...workers];
    for (const app of all) if (app.child.exitCode === null) app.child.kill('SIGTERM');
    await Promise.all(all.map((app) => app.exited));
    await smtp?.close();
    await database?.drop();
    await deleteRedisKeys(run.redisUrl, prefix);
  });

  const validatedReports = async (i: number, token: string): Promise<number | undefined> => {
    const res = await api(i).get('/api/v1/summaries/RCM/2025').set(bearer(token));
    return res.status === 200 ? (res.body.validatedReports as number) : undefined;
  };

  /** A report of Mexico saved, submitted and validated, each step through another process. */
  const validateReport = async (action: string) => {
    const path = `/api/v1/reports/MEX/2025/${action}`;
    await api(1).put(path).set(bearer(mexico.token)).send({ status: 'in_progress' }).expect(201);
    await api(2).post(`${path}/submit`).set(bearer(mexico.token)).send({}).expect(200);
    await api(0).post(`${path}/validate`).set(bearer(coordinator.token)).send({}).expect(200);
  };

  it('shows a validation made through one API in the summary read from the other two', async () => {
    // The workers' catch-up run computes every summary at start.
    const before = await eventually(() => validatedReports(0, coordinator.token), 60_000, 100);
    await validateReport('d');
    for (const i of [1, 2])
      await eventually(
        async () =>
          (await validatedReports(i, coordinator.token)) === before + 1 ? true : undefined,
        30_000,
        50,
      );
    // Every outbox message was relayed by exactly one worker: the counts add up to the table's.
    // (Log lines reach stdout in batches, and the save's progress refresh may run after the
    // validation's recompute: both are waited for.)
    const relayed = () =>
      workerLines('outbox relayed').reduce((sum, l) => sum + Number(l.messages), 0);
    const inTable = await relayedSummaryChanges(database.url);
    await eventually(async () => (relayed() === inTable ? true : undefined), 10_000, 50);
    expect(relayed()).toBe(inTable);
    // No summary job ran on both workers, recomputes and progress refreshes (the save and the
    // submission) alike.
    const jobs = () =>
      [...workerLines('summary recomputed'), ...workerLines('summary progress refreshed')].map(
        (line) => String(line.job),
      );
    await eventually(
      async () => (jobs().some((job) => job.startsWith('progress:')) ? true : undefined),
      10_000,
      50,
    );
    expect(jobs().some((job) => job.startsWith('progress:'))).toBe(true);
    expect(new Set(jobs()).size).toBe(jobs().length);
  });

  it('refuses a deactivated account on every API at once', async () => {
    const officer = await createAccount(apis[0].client, admin, 'focal_point', {
      countries: ['GTM'],
    });
    for (const i of [0, 1, 2])
      await api(i).get('/api/v1/me').set(bearer(officer.token)).expect(200);
    await api(1).delete(`/api/v1/users/${officer.id}`).set(bearer(admin)).expect(204);
    for (const i of [0, 2]) await api(i).get('/api/v1/me').set(bearer(officer.token)).expect(401);
  });

  it('lists a save made through one API at once on the other two (their kept pages dropped)', async () => {
    const list = '/api/v1/reports?process=RCM&period=2025&pageSize=50';
    const mexicoF = async (i: number) =>
      (
        (await api(i).get(list).set(bearer(coordinator.token)).expect(200)).body.items as {
          country: string;
          action: string;
          version: number;
        }[]
      ).find((item) => item.country === 'MEX' && item.action === 'f');
    for (const i of [1, 2]) expect(await mexicoF(i)).toBeUndefined();
    await api(0)
      .put('/api/v1/reports/MEX/2025/f')
      .set(bearer(mexico.token))
      .send({ status: 'planned' })
      .expect(201);
    for (const i of [1, 2]) expect(await mexicoF(i)).toMatchObject({ version: 1 });
  });

  it('holds sign-in and export limits across the three processes', async () => {
    const target = await createAccount(apis[0].client, admin, 'analyst');
    const attempts: number[] = [];
    for (let i = 0; i < 6; i += 1)
      attempts.push(
        (await api(i).post('/api/v1/auth/login').send({ email: target.email, password: 'wrong-1' }))
          .status,
      );
    expect(attempts).toEqual([401, 401, 401, 429, 429, 429]);
    // The owner is warned once, by one of the two workers.
    await eventually(
      async () => (smtp.to(target.email).length > 0 ? true : undefined),
      30_000,
      100,
    );
    expect(smtp.to(target.email)).toHaveLength(1);

    const exports: number[] = [];
    for (let i = 0; i < 6; i += 1)
      exports.push(
        (await api(i).get('/api/v1/summaries/RCM/2025?format=csv').set(bearer(target.token)))
          .status,
      );
    expect(exports).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it('keeps working when one worker is killed: the other relays and recomputes', async () => {
    workers[0].child.kill('SIGKILL');
    await workers[0].exited;
    const before = (await validatedReports(0, coordinator.token))!;
    await validateReport('e');
    for (const i of [0, 1, 2])
      await eventually(
        async () =>
          (await validatedReports(i, coordinator.token)) === before + 1 ? true : undefined,
        60_000,
        50,
      );
  });
});

/** Outbox messages that make summaries stale and were relayed, as the database counts them. */
async function relayedSummaryChanges(url: string): Promise<number> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ messages: number }>(
      `SELECT count(*)::int AS messages FROM outbox_message
        WHERE topic IN ('reporting.changed', 'period.changed') AND processed_at IS NOT NULL`,
    );
    return rows[0].messages;
  } finally {
    await client.end();
  }
}
