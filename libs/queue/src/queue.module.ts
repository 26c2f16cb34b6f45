import { AppConfig } from '@app/config';
import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RedisHealthIndicator } from './redis.health';
import { RedisLifecycle, redisProvider } from './redis.provider';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { CacheInvalidation } from './shared-cache';
import { SlidingWindows } from './sliding-windows';

/** Redis for an app: the Bull root connection (key prefix from config) and a shared client. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        TerminusModule,
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            url: config.redis.url,
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
      providers: [
        redisProvider,
        RedisLifecycle,
        RedisHealthIndicator,
        SlidingWindows,
        RedisThrottlerStorage,
        CacheInvalidation,
      ],
      exports: [
        redisProvider,
        RedisHealthIndicator,
        SlidingWindows,
        RedisThrottlerStorage,
        CacheInvalidation,
      ],
    };
  }
}
