import { INestApplicationContext } from '@nestjs/common';
import calculateSlot from 'cluster-key-slot';
import Redis from 'ioredis';
import { bearer, signIn, TEST_ADMIN } from '../helpers/accounts';
import { eventually } from '../helpers/eventually';
import { PrivateRedis, startPrivateRedis } from '../helpers/redis-server';
import { PrivateSentinel, startSentinel } from '../helpers/redis-sentinel';
import { startTestApp, TestApp } from '../helpers/test-app';
import { startTestWorker } from '../helpers/test-worker';

const PRIMARY_NAME = 'gcm9test';

describe('Redis behind Sentinel, keys fit for Redis Cluster', () => {
  let primary: PrivateRedis;
  let sentinel: PrivateSentinel;
  let api: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    primary = await startPrivateRedis();
    sentinel = await startSentinel(primary.port, PRIMARY_NAME);
    api = await startTestApp({
      // Nothing listens on port 1: every connection must come from asking the sentinel.
      REDIS_URL: 'redis://127.0.0.1:1',
      REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`,
      REDIS_SENTINEL_NAME: PRIMARY_NAME,
      OUTBOX_POLL_MS: '200',
      SUMMARY_COALESCE_MS: '200',
    });
    worker = await startTestWorker(api.config);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sentinel?.stop();
    await primary?.stop();
  });

  it('finds the primary through the sentinel: limits, queues and summaries work', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const path = '/api/v1/reports/MEX/2026/a';
    await api.http.put(path).set(bearer(admin)).send({ status: 'implemented' }).expect(201);
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);

    // The summary is computed by the worker from a job queued on the sentinel's primary.
    const summary = await eventually(async () => {
      const res = await api.http.get('/api/v1/summaries/RCM/2026').set(bearer(admin));
      return res.status === 200 && res.body.validatedReports === 1 ? res.body : undefined;
    }, 30000);
    expect(summary.validatedReports).toBe(1);
    const ready = await api.http.get('/api/v1/health/ready').expect(200);
    expect(ready.body.details.redis.status).toBe('up');
  });

  it('keeps every key of the app in one hash slot, as Bull needs on Redis Cluster', async () => {
    const redis = new Redis(primary.url);
    try {
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, batch] = await redis.scan(cursor, 'COUNT', 1000);
        keys.push(...batch);
        cursor = next;
      } while (cursor !== '0');
      // Queues, their jobs, the sign-in windows and caches: all under the braced prefix.
      expect(keys.length).toBeGreaterThan(10);
      expect(keys.every((key) => key.startsWith(`${api.config.redis.prefix}:`))).toBe(true);
      expect(new Set(keys.map((key) => calculateSlot(key))).size).toBe(1);
    } finally {
      redis.disconnect();
    }
  });
});
