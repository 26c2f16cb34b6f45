import { AppConfig } from '@app/config';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { redisConnectionOptions } from './redis-options';

export const REDIS = Symbol('REDIS');

/** Injects the app's shared Redis connection (`@InjectRedis() redis: Redis`). */
export const InjectRedis = () => Inject(REDIS);

export const redisProvider = {
  provide: REDIS,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    new Redis({
      ...redisConnectionOptions(config.redis),
      keyPrefix: `${config.redis.prefix}:`,
      // Commands fail fast while Redis is away instead of queueing without bound.
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    }),
};

@Injectable()
export class RedisLifecycle implements OnApplicationShutdown {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
