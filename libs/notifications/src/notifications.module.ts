import { AuditModule } from '@app/audit';
import { NOTIFICATIONS_QUEUE } from '@app/queue';
import { ReferenceModule } from '@app/reference';
import { SummariesModule } from '@app/summaries';
import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailDeliveries } from './delivery/email-deliveries.service';
import { MailTransportLifecycle, mailTransportProvider } from './delivery/mail-transport';
import { DigestMail } from './digests/digest-mail';
import { DigestsService } from './digests/digests.service';
import { LoadDigest } from './digests/load-digest';
import { NOTIFICATION_ENTITIES } from './entities';
import { NotificationJobs } from './notification-jobs.service';
import { AccountNotices } from './account/account-notices.service';
import { RemindersService } from './reminders/reminders.service';
import { SubscriptionsService } from './subscriptions/subscriptions.service';
import { UnsubscribeTokens } from './subscriptions/unsubscribe-tokens';
import { NotificationInbox } from './workflow/notification-inbox.service';
import { WorkflowNotices } from './workflow/workflow-notices.service';

/** Subscriptions, digests, reminders, workflow notifications, and email delivery over SMTP, once per idempotency key. */
@Module({
  imports: [
    TypeOrmModule.forFeature(NOTIFICATION_ENTITIES),
    BullModule.registerQueue({ name: NOTIFICATIONS_QUEUE }),
    ReferenceModule,
    SummariesModule,
    AuditModule,
  ],
  providers: [
    mailTransportProvider,
    MailTransportLifecycle,
    EmailDeliveries,
    UnsubscribeTokens,
    SubscriptionsService,
    LoadDigest,
    DigestMail,
    DigestsService,
    RemindersService,
    AccountNotices,
    NotificationJobs,
    WorkflowNotices,
    NotificationInbox,
  ],
  exports: [
    EmailDeliveries,
    SubscriptionsService,
    DigestsService,
    RemindersService,
    AccountNotices,
    NotificationJobs,
    WorkflowNotices,
    NotificationInbox,
    BullModule,
  ],
})
export class NotificationsModule {}
