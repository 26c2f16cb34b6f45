export { QueueModule } from './queue.module';
export { InjectRedis, REDIS } from './redis.provider';
export { RedisHealthIndicator } from './redis.health';
export { assertRedisReachable, redisTarget } from './redis-server';
export { OutboxMessage } from './outbox-message.entity';
export { publishToOutbox } from './outbox';
export type { AccountNotice, OutboxTopic, OutboxTopics, RecordTransition } from './outbox';
export { RedisThrottlerStorage } from './redis-throttler.storage';
export { SlidingWindows } from './sliding-windows';
export type { RecordMode, WindowState } from './sliding-windows';
export { CacheInvalidation, LocalCache } from './shared-cache';
export { NOTIFICATIONS_QUEUE, NotificationJob, SUMMARIES_QUEUE, SummaryJob } from './queues';
export type {
  DigestsPayload,
  RecomputeAllPayload,
  RecomputePayload,
  NotifyTransitionPayload,
  ReminderKind,
  RemindersPayload,
  SendDigestPayload,
  SendReminderPayload,
  SendWorkflowBatchPayload,
  SendWorkflowNoticePayload,
  SummaryStamp,
} from './queues';
export { describeJob, withQueueTimeout } from './queue-calls';
export type { JobDescription } from './queue-calls';
