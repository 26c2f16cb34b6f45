export { QueueModule } from './queue.module';
export { InjectRedis, REDIS } from './redis.provider';
export { RedisHealthIndicator } from './redis.health';
export { assertRedisReachable, redisTarget } from './redis-server';
export { OutboxMessage } from './outbox-message.entity';
export { publishToOutbox } from './outbox';
export type { OutboxTopic, OutboxTopics } from './outbox';
export { RedisThrottlerStorage } from './redis-throttler.storage';
