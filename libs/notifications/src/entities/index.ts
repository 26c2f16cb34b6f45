import { EmailDelivery } from './email-delivery.entity';
import { Notification, NotificationPreference } from './notification.entity';
import { Subscription } from './subscription.entity';

export * from './email-delivery.entity';
export * from './notification.entity';
export * from './subscription.entity';

export const NOTIFICATION_ENTITIES = [
  Subscription,
  EmailDelivery,
  Notification,
  NotificationPreference,
];
