export { AccountNotices } from './account/account-notices.service';
export * from './entities';
export { EmailDeliveries } from './delivery/email-deliveries.service';
export type { DeliveryOutcome, DeliveryView } from './delivery/email-deliveries.service';
export { DigestsService } from './digests/digests.service';
export { isTimeZone } from './domain/schedule-window';
export { EMAIL_SCHEDULES, NotificationJobs } from './notification-jobs.service';
export type { EmailSchedule } from './notification-jobs.service';
export { NotificationsModule } from './notifications.module';
export { RemindersService } from './reminders/reminders.service';
export { SubscriptionsService } from './subscriptions/subscriptions.service';
export type { SubscriptionView } from './subscriptions/subscriptions.service';
export { NotificationInbox } from './workflow/notification-inbox.service';
export type {
  NotificationPageView,
  NotificationPreferences,
  NotificationView,
} from './workflow/notification-inbox.service';
export { WorkflowNotices } from './workflow/workflow-notices.service';
