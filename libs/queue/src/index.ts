export { QueueModule } from './queue.module';
export { OutboxMessage } from './outbox-message.entity';
export { publishToOutbox } from './outbox';
export type { AccountNotice, OutboxTopic, OutboxTopics } from './outbox';
export { NOTIFICATIONS_QUEUE, NotificationJob, SUMMARIES_QUEUE, SummaryJob } from './queues';
export type {
  DigestsPayload,
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
