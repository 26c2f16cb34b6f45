import { Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { InjectRedis } from './redis.provider';

/** The events of one key within its window, as of now. */
export interface WindowState {
  /** Events in the window, including one just recorded. */
  count: number;
  /** When the oldest of them happened (ms since the epoch): the window frees a place then. */
  oldestAt: number | null;
  /** When the newest happened. */
  newestAt: number | null;
  /** Whether this call recorded an event. */
  recorded: boolean;
}

/** What a call does besides counting: record an event always, only while under a limit, or never. */
export type RecordMode =
  { record: 'always' } | { record: 'below'; limit: number } | { record: 'never' };

// One round trip, atomic: drop what left the window, count, record (per mode), report the ends.
const SLIDE = `
local key, now, window, mode, limit, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], tonumber(ARGV[4]), ARGV[5]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
local recorded = 0
if mode == 'always' or (mode == 'below' and count < limit) then
  redis.call('ZADD', key, now, member)
  redis.call('PEXPIRE', key, window)
  count = count + 1
  recorded = 1
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
local newest = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
return { count, oldest[2] or false, newest[2] or false, recorded }`;

/**
 * Sliding-window event logs in Redis, shared by every API process: how many events a key had in
 * the last N ms, and when the oldest and newest happened. Unlike fixed windows, a burst at a
 * window's edge cannot double the allowance. While Redis is away, each process keeps its own
 * logs in memory, so limits still hold per process.
 */
@Injectable()
export class SlidingWindows {
  private readonly logger = new Logger(SlidingWindows.name);
  private readonly local = new Map<string, { windowMs: number; times: number[] }>();

  constructor(@InjectRedis() private readonly redis: Redis) {}

  async slide(
    key: string,
    windowMs: number,
    mode: RecordMode,
    now = Date.now(),
  ): Promise<WindowState> {
    const limit = mode.record === 'below' ? mode.limit : 0;
    try {
      const [count, oldest, newest, recorded] = (await this.redis.eval(
        SLIDE,
        1,
        `window:${key}`,
        now,
        windowMs,
        mode.record,
        limit,
        `${now}:${randomUUID()}`,
      )) as [number, string | null, string | null, number];
      return {
        count,
        oldestAt: oldest === null ? null : Number(oldest),
        newestAt: newest === null ? null : Number(newest),
        recorded: recorded === 1,
      };
    } catch (error) {
      if (this.local.size === 0)
        this.logger.warn({ err: error }, 'Redis unavailable: counting rate limits in memory');
      return this.slideLocally(key, windowMs, mode, limit, now);
    }
  }

  /** Forgets a key's events (a successful sign-in clears its failures). */
  async clear(key: string): Promise<void> {
    this.local.delete(key);
    await this.redis.del(`window:${key}`).catch(() => undefined);
  }

  private slideLocally(
    key: string,
    windowMs: number,
    mode: RecordMode,
    limit: number,
    now: number,
  ): WindowState {
    for (const [other, log] of this.local)
      if (log.times[log.times.length - 1] <= now - log.windowMs) this.local.delete(other);
    const times = (this.local.get(key)?.times ?? []).filter((at) => at > now - windowMs);
    const record = mode.record === 'always' || (mode.record === 'below' && times.length < limit);
    if (record) times.push(now);
    if (times.length > 0) this.local.set(key, { windowMs, times });
    return {
      count: times.length,
      oldestAt: times[0] ?? null,
      newestAt: times[times.length - 1] ?? null,
      recorded: record,
    };
  }
}
