import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { SlidingWindows } from './sliding-windows';

/** What @nestjs/throttler expects back from its storage. */
interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * The named throttlers' counters, as sliding windows in Redis shared by every API instance (in
 * memory per instance while Redis is away). A refused request is not counted, so a client that
 * keeps trying gets in again as soon as its oldest request leaves the window.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly windows: SlidingWindows) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    const state = await this.windows.slide(
      `throttle:${throttlerName}:${key}`,
      ttl,
      { record: 'below', limit },
      now,
    );
    const freesIn = Math.max(1, Math.ceil(((state.oldestAt ?? now) + ttl - now) / 1000));
    return {
      totalHits: state.recorded ? state.count : state.count + 1,
      timeToExpire: freesIn,
      isBlocked: !state.recorded,
      timeToBlockExpire: state.recorded ? 0 : freesIn,
    };
  }
}
