import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { ImportsModule } from '@app/imports';
import { LoggingModule } from '@app/logging';
import { QueueModule } from '@app/queue';
import { RedisModule } from '@app/redis';
import { NotificationsModule } from '@app/notifications';
import { SummariesModule } from '@app/summaries';
import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ImportsProcessor } from './imports.processor';
import { NotificationSchedules } from './notification-schedules';
import { NotificationsProcessor } from './notifications.processor';
import { OutboxRelay } from './outbox.relay';
import { SummariesProcessor } from './summaries.processor';
import { SummarySchedules } from './summary-schedules';
import { WorkerHealthServer } from './worker-health.server';

/** The background worker: queue processors and schedules, plus a health endpoint. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        DatabaseModule.forRoot('gcm9-worker'),
        RedisModule.forRoot(),
        QueueModule.forRoot(),
        TerminusModule,
        SummariesModule,
        NotificationsModule,
        ImportsModule,
      ],
      providers: [
        WorkerHealthServer,
        SummariesProcessor,
        OutboxRelay,
        SummarySchedules,
        NotificationsProcessor,
        NotificationSchedules,
        ImportsProcessor,
      ],
    };
  }
}
