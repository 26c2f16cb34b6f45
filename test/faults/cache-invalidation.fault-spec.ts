import type { AppConfig } from '@app/config';
import { CacheInvalidation, LocalCache } from '@app/redis';
import Redis from 'ioredis';
import { eventually } from '../helpers/eventually';
import { PrivateRedis, startPrivateRedis } from '../helpers/redis-server';

/**
 * One process's invalidation service on its own connections, as the app's provider makes them;
 * `reconnects: false` leaves reconnecting to the test (`client.connect()`).
 */
function processOn(redis: PrivateRedis, reconnects: boolean) {
  const client = new Redis(redis.url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: () => (reconnects ? 100 : null),
  });
  const config = { redis: { prefix: 'cache-fault' } } as AppConfig;
  const invalidation = new CacheInvalidation(client, config);
  const cache: LocalCache<string> = invalidation.cache('lists', { maxEntries: 10, ttlMs: 60_000 });
  invalidation.onApplicationBootstrap();
  return { client, invalidation, cache };
}

describe('Fault: a cache invalidation published while Redis is away', () => {
  let redis: PrivateRedis;

  beforeAll(async () => {
    redis = await startPrivateRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('reaches a process that was back first and cached the old value', async () => {
    // The writer's connection comes back after the reader's, as after a failover.
    const writer = processOn(redis, false);
    const reader = processOn(redis, true);
    try {
      const KEY = 'RCM:2026';
      const cached = () => reader.cache.load(KEY, async () => 'not cached');
      // Kept once the reader's subscription is live.
      const readAndKeep = async () => {
        await reader.cache.load(KEY, async () => 'old page');
        return (await cached()) === 'old page' ? true : undefined;
      };
      await eventually(readAndKeep);

      await redis.stop();
      // Closed for certain: a command written to a socket still closing would be resent anyway.
      await eventually(async () => (writer.client.status === 'end' ? true : undefined));
      await writer.invalidation.invalidate('lists', KEY); // Redis cannot take it
      await redis.start();

      // The reader is back and keeps a page again before the writer can say what changed.
      await eventually(readAndKeep);

      // Once the writer is back, the invalidation it could not send reaches the reader.
      await writer.client.connect();
      await eventually(async () => ((await cached()) === 'not cached' ? true : undefined));
    } finally {
      for (const side of [writer, reader]) {
        await side.invalidation.onApplicationShutdown();
        side.client.disconnect();
      }
    }
  });
});
