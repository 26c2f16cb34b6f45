import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import Redis from 'ioredis';
import { InjectRedis } from './redis.provider';

// One round trip: count the hit, start the window on the first one, report what is left.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { hits, ttl }`;

/** Rate-limit counters in Redis, so every API instance shares them. */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const window = Math.max(ttl, blockDuration);
    const [hits, remaining] = (await this.redis.eval(
      INCREMENT,
      1,
      `throttle:${throttlerName}:${key}`,
      window,
    )) as [number, number];
    const seconds = Math.ceil(remaining / 1000);
    const blocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire: seconds,
      isBlocked: blocked,
      timeToBlockExpire: blocked ? seconds : 0,
    };
  }
}
