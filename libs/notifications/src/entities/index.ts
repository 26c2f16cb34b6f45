import { EmailDelivery } from './email-delivery.entity';
import { Subscription } from './subscription.entity';

export * from './email-delivery.entity';
export * from './subscription.entity';

export const NOTIFICATION_ENTITIES = [Subscription, EmailDelivery];
