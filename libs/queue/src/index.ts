export { QueueModule } from './queue.module';
export { OutboxMessage } from './outbox-message.entity';
export { publishToOutbox } from './outbox';
export { outboxMessage } from './outbox.queries';
export type { AccountNotice, OutboxTopic, OutboxTopics, RecordTransition } from './outbox';
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
  NotifyTransitionPayload,
  ReminderKind,
  RemindersPayload,
  SendDigestPayload,
  SendDigestsPayload,
  SendReminderPayload,
  SendWorkflowBatchPayload,
  SendWorkflowNoticePayload,
  SummaryStamp,
} from './queues';
export { describeJob, withQueueTimeout } from './queue-calls';
export type { JobDescription } from './queue-calls';
