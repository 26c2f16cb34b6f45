export { QueueModule } from './queue.module';
export { InjectRedis, REDIS } from './redis.provider';
export { RedisHealthIndicator } from './redis.health';
export { assertRedisReachable, redisTarget } from './redis-server';
export { OutboxMessage } from './outbox-message.entity';
export { publishToOutbox } from './outbox';
export type { AccountNotice, OutboxTopic, OutboxTopics } from './outbox';
export { RedisThrottlerStorage } from './redis-throttler.storage';
export { SlidingWindows } from './sliding-windows';
export type { RecordMode, WindowState } from './sliding-windows';
export { CacheInvalidation, LocalCache } from './shared-cache';
export {
  IMPORTS_QUEUE,
  ImportJob,
  NOTIFICATIONS_QUEUE,
  NotificationJob,
  SUMMARIES_QUEUE,
  SummaryJob,
} from './queues';
export type {
  DigestsPayload,
  PreviewImportPayload,
  RecomputeAllPayload,
  RecomputePayload,
  ReminderKind,
  RemindersPayload,
  SendDigestPayload,
  SendReminderPayload,
  SummaryStamp,
} from './queues';
export { describeJob, withQueueTimeout } from './queue-calls';
export type { JobDescription } from './queue-calls';
