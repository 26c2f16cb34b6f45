import { StartupError } from '@app/config';
import Redis from 'ioredis';

const HOW_TO_START =
  'Start Redis (Debian: redis-server --daemonize yes --bind 127.0.0.1 --port 6379; ' +
  'Docker: docker compose up -d redis) or set REDIS_URL.';

export function redisTarget(redisUrl: string): { host: string; port: number } {
  const url = new URL(redisUrl);
  return { host: url.hostname || 'localhost', port: Number(url.port || 6379) };
}

/** Fails with one clear line when Redis cannot be reached (before Nest starts). */
export async function assertRedisReachable(redisUrl: string): Promise<void> {
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined); // reported below, once
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const { host, port } = redisTarget(redisUrl);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot reach Redis at ${host}:${port} (REDIS_URL): ${reason}. ${HOW_TO_START}`,
    );
  } finally {
    client.disconnect();
  }
}
