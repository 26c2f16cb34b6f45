export { QueueModule } from './queue.module';
export { InjectRedis, REDIS } from './redis.provider';
export { RedisHealthIndicator } from './redis.health';
export { assertRedisReachable, redisTarget } from './redis-server';
