import { AppConfig, StartupError } from '@app/config';
import Redis from 'ioredis';
import { describeRedisTarget, redisConnectionOptions } from './redis-options';

const HOW_TO_START =
  'Start Redis (Debian: redis-server --daemonize yes --bind 127.0.0.1 --port 6379; ' +
  'Docker: docker compose up -d redis) or set REDIS_URL.';

/** Fails with one clear line when Redis cannot be reached (before Nest starts). */
export async function assertRedisReachable(redis: AppConfig['redis']): Promise<void> {
  const client = new Redis({
    ...redisConnectionOptions(redis),
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    sentinelRetryStrategy: () => null,
  });
  client.on('error', () => undefined); // reported below, once
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot reach Redis at ${describeRedisTarget(redis)}: ${reason}. ${HOW_TO_START}`,
    );
  } finally {
    client.disconnect();
  }
}
