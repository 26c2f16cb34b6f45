import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RedisHealthIndicator } from './redis.health';
import { RedisLifecycle, redisProvider } from './redis.provider';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { CacheInvalidation } from './shared-cache';
import { SlidingWindows } from './sliding-windows';

/**
 * Redis for an app: one shared connection (key prefix from config), and the mechanisms built
 * on it: sliding windows, the throttler storage, cache invalidation, the health check.
 */
@Module({})
export class RedisModule {
  static forRoot(): DynamicModule {
    return {
      module: RedisModule,
      global: true,
      imports: [TerminusModule],
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
