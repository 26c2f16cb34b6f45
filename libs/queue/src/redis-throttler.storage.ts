import { Injectable, Logger } from '@nestjs/common';
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

/**
 * Rate-limit counters in Redis, so every API instance shares them. While Redis is away, each
 * instance counts in its own memory instead: the limits still hold (per instance), and signing
 * in keeps working.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly local = new Map<string, { hits: number; expiresAt: number }>();

  constructor(@InjectRedis() private readonly redis: Redis) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const window = Math.max(ttl, blockDuration);
    const counter = `throttle:${throttlerName}:${key}`;
    let hits: number;
    let remaining: number;
    try {
      [hits, remaining] = (await this.redis.eval(INCREMENT, 1, counter, window)) as [
        number,
        number,
      ];
    } catch (error) {
      if (this.local.size === 0)
        this.logger.warn({ err: error }, 'Redis unavailable: counting rate limits in memory');
      [hits, remaining] = this.countLocally(counter, window);
    }
    const seconds = Math.ceil(remaining / 1000);
    const blocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire: seconds,
      isBlocked: blocked,
      timeToBlockExpire: blocked ? seconds : 0,
    };
  }

  private countLocally(counter: string, window: number): [number, number] {
    const now = Date.now();
    for (const [key, entry] of this.local) if (entry.expiresAt <= now) this.local.delete(key);
    const entry = this.local.get(counter) ?? { hits: 0, expiresAt: now + window };
    entry.hits += 1;
    this.local.set(counter, entry);
    return [entry.hits, entry.expiresAt - now];
  }
}
