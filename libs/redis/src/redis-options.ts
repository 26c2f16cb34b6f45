import type { AppConfig } from '@app/config';
import type { RedisOptions } from 'ioredis';

/**
 * How every client of the app reaches Redis: REDIS_URL, or the primary that Redis Sentinel
 * names (REDIS_URL then supplies only the credentials, the database and TLS).
 */
export function redisConnectionOptions(redis: AppConfig['redis']): RedisOptions {
  const url = new URL(redis.url);
  const credentials: RedisOptions = {
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: Number(url.pathname.replace(/^\//, '') || 0),
    tls: url.protocol === 'rediss:' ? {} : undefined,
  };
  if (redis.sentinel) {
    return {
      ...credentials,
      sentinels: redis.sentinel.nodes.map(({ host, port }) => ({ host, port })),
      name: redis.sentinel.name,
    };
  }
  return { ...credentials, host: url.hostname || 'localhost', port: Number(url.port || 6379) };
}

/** Where the app looks for Redis, for messages: the sentinels or host:port. */
export function describeRedisTarget(redis: AppConfig['redis']): string {
  if (redis.sentinel) {
    const nodes = redis.sentinel.nodes.map(({ host, port }) => `${host}:${port}`).join(', ');
    return `primary "${redis.sentinel.name}" from the sentinels ${nodes} (REDIS_SENTINELS)`;
  }
  const options = redisConnectionOptions(redis);
  return `${options.host}:${options.port} (REDIS_URL)`;
}
