import { withDatabase } from '@app/database';
import { randomBytes } from 'node:crypto';
import { createTestDatabase } from './helpers/test-database';
import { freePort } from './helpers/free-port';
import { spawnApp } from './helpers/spawn-app';
import { currentTestRun, deleteRedisKeys, redisPrefixOf } from './helpers/test-run';

// Each test starts apps under ts-node: on a 2-core machine running other suites, that is slow.
jest.setTimeout(150_000);

const API = 'apps/api/src/main.ts';
const WORKER = 'apps/worker/src/main.ts';
/** Production also asks for the key of second factors at rest; these tests are about JWT_SECRET. */
const ENCRYPTION_KEY = { TWO_FACTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64') };

/** Starts an app that must refuse to start; returns its exit code and what it printed. */
async function failedStart(entry: string, env: Record<string, string>) {
  const app = spawnApp(entry, env);
  const code = await app.exited;
  return { code, stderr: app.stderr().trim() };
}

describe('Start-up', () => {
  const run = currentTestRun();

  it('stops on a malformed variable with one line naming it', async () => {
    const { code, stderr } = await failedStart(API, { DATABASE_URL: 'mysql://localhost/x' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      'Invalid configuration: DATABASE_URL must be a postgres:// URL, e.g. postgres://user@127.0.0.1:5432/gcm9_tracker (got "mysql://localhost/x")',
    ]);
  });

  it('names every bad variable, never echoing secrets', async () => {
    const { code, stderr } = await failedStart(WORKER, { PORT: 'eighty', JWT_SECRET: 'short' });
    expect(code).toBe(1);
    const lines = stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes('PORT'))).toMatch(
      /^Invalid configuration: PORT .*\(got "eighty"\)$/,
    );
    expect(lines.find((l) => l.includes('JWT_SECRET'))).toBe(
      'Invalid configuration: JWT_SECRET must be at least 32 characters',
    );
  });

  it('refuses, in production, a signing secret written in the repository or too weak', async () => {
    const published = await failedStart(API, { NODE_ENV: 'production', ...ENCRYPTION_KEY });
    expect(published.code).toBe(1);
    expect(published.stderr).toBe(
      'Invalid configuration: JWT_SECRET is written in the repository, so anyone can sign tokens with it',
    );
    const weak = await failedStart(WORKER, {
      NODE_ENV: 'production',
      ...ENCRYPTION_KEY,
      JWT_SECRET: 'correct-horse-correct-horse-correct-horse',
    });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/^Invalid configuration: JWT_SECRET carries about \d+ bits/);
  });

  it('explains an unreachable PostgreSQL with its host, port and how to start it', async () => {
    const { code, stderr } = await failedStart(API, {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/gcm9',
    });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(DATABASE_URL\): .*Start PostgreSQL \(Debian: pg_ctlcluster/,
    );
  });

  it('explains a missing database and how to create it', async () => {
    const { stderr } = await failedStart(API, {
      DATABASE_URL: withDatabase(run.serverUrl, `gcm9_test_${run.id}_missing`),
    });
    expect(stderr).toMatch(
      /has no database "gcm9_test_.*_missing" \(DATABASE_URL\)\. Create, migrate and seed it with: npm run db:setup$/,
    );
  });

  it('explains an unreachable Redis with its host, port and how to start it', async () => {
    const database = await createTestDatabase();
    try {
      const { code, stderr } = await failedStart(WORKER, {
        DATABASE_URL: database.url,
        REDIS_URL: 'redis://127.0.0.1:1',
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^Cannot reach Redis at 127\.0\.0\.1:1 \(REDIS_URL\): .*Start Redis/);
    } finally {
      await database.drop();
    }
  });

  it('boots the worker and the API, serves health, and shuts both down cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    const prefix = redisPrefixOf(run, 'startup');
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: run.redisUrl,
      REDIS_PREFIX: prefix,
      HOST: '127.0.0.1',
    };
    const [workerPort, apiPort] = [await freePort(), await freePort()];
    const worker = spawnApp(WORKER, { ...env, WORKER_HEALTH_PORT: String(workerPort) });
    const api = spawnApp(API, { ...env, PORT: String(apiPort) });
    try {
      await worker.waitFor(/Worker ready/);
      await api.waitFor(/API listening/);
      const workerHealth = await fetch(`http://127.0.0.1:${workerPort}/health`);
      expect(workerHealth.status).toBe(200);
      expect(await workerHealth.json()).toMatchObject({
        status: 'ok',
        details: { database: { status: 'up' }, redis: { status: 'up' } },
      });
      const ready = await fetch(`http://127.0.0.1:${apiPort}/api/v1/health/ready`);
      expect(ready.status).toBe(200);
      const countries = await fetch(`http://127.0.0.1:${apiPort}/api/v1/countries/MEX`, {
        headers: { 'x-request-id': 'trace-12345678' },
      });
      expect(countries.headers.get('x-request-id')).toBe('trace-12345678');
      await api.waitFor(/"id":"trace-12345678"/);
      // Lines are written in order, after each answer: the probe's would be out by now.
      expect(api.stdout()).not.toContain('"url":"/api/v1/health/ready"'); // probes are not request-logged

      worker.child.kill('SIGTERM');
      api.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(await api.exited).toBe(0);
      expect(worker.stdout()).toMatch(/SIGTERM received/);
      expect(api.stdout()).toMatch(/SIGTERM received: draining/);
    } finally {
      worker.child.kill('SIGKILL');
      api.child.kill('SIGKILL');
      await database.drop();
      await deleteRedisKeys(run.redisUrl, prefix);
    }
  });
});
