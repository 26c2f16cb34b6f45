export { RedisModule } from './redis.module';
export { InjectRedis, REDIS } from './redis.provider';
export { RedisHealthIndicator } from './redis.health';
export { assertRedisReachable } from './redis-server';
export { describeRedisTarget, redisConnectionOptions } from './redis-options';
export { RedisThrottlerStorage } from './redis-throttler.storage';
export { SlidingWindows } from './sliding-windows';
export type { RecordMode, WindowState } from './sliding-windows';
export { CacheInvalidation, LocalCache } from './shared-cache';
