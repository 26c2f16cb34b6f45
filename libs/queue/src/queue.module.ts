import { AppConfig } from '@app/config';
import { redisConnectionOptions } from '@app/redis';
import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';

/** The Bull root connection of an app: its Redis and key prefix from config, the job options. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            redis: redisConnectionOptions(config.redis),
            prefix: config.redis.prefix,
            defaultJobOptions: {
              attempts: config.jobs.attempts,
              backoff: { type: 'exponential', delay: config.jobs.backoffMs },
              removeOnComplete: 1000,
              // Failed jobs stay for inspection (GET /jobs/:id, /admin/queues).
              removeOnFail: false,
            },
            settings: {
              lockDuration: config.jobs.lockMs,
              stalledInterval: config.jobs.lockMs,
              maxStalledCount: 2,
            },
          }),
        }),
      ],
    };
  }
}
