import { AppConfig } from '@app/config';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { InjectRedis } from './redis.provider';

/**
 * In-process caches kept honest across processes. A change publishes the changed key on Redis;
 * every process subscribed drops it. While the subscription is down nothing is served from
 * cache (a missed message could leave a stale entry), and everything is dropped when it returns.
 */
@Injectable()
export class CacheInvalidation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CacheInvalidation.name);
  private readonly caches = new Map<string, LocalCache<unknown>>();
  private subscriber?: Redis;
  private live = false;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** A cache whose entries any process can invalidate by name. */
  cache<V>(name: string, options: { maxEntries: number; ttlMs: number }): LocalCache<V> {
    const cache = new LocalCache<V>(options, () => this.live);
    this.caches.set(this.channel(name), cache as LocalCache<unknown>);
    return cache;
  }

  /** Tells every process (this one included) that `key` of cache `name` changed. */
  async invalidate(name: string, key: string): Promise<void> {
    this.caches.get(this.channel(name))?.delete(key);
    try {
      await this.redis.publish(this.channel(name), key);
    } catch (error) {
      // The other processes' subscriptions are down too, so they serve nothing from cache.
      this.logger.warn({ err: error, cache: name }, 'Could not publish a cache invalidation');
    }
  }

  onApplicationBootstrap(): void {
    this.subscriber = this.redis.duplicate({
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
    });
    this.subscriber.on('ready', () => {
      void this.subscriber
        ?.subscribe(...this.caches.keys())
        .then(() => {
          this.clearAll();
          this.live = true;
        })
        .catch((error) => this.logger.warn({ err: error }, 'Cache subscription failed'));
    });
    const down = () => {
      this.live = false;
      this.clearAll();
    };
    this.subscriber.on('close', down);
    this.subscriber.on('error', () => undefined); // 'close' follows; ioredis reconnects
    this.subscriber.on('message', (channel: string, key: string) =>
      this.caches.get(channel)?.delete(key),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.live = false;
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private channel(name: string): string {
    return `${this.config.redis.prefix}:invalidate:${name}`;
  }

  private clearAll(): void {
    for (const cache of this.caches.values()) cache.clear();
  }
}

/**
 * A bounded in-process cache. `load` never stores a value read before an invalidation of the
 * same key (the generation check), so a slow reader cannot put back what a writer replaced.
 */
export class LocalCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private readonly generations = new Map<string, number>();
  /** Bumped by clear(): a read that began before a clear is never stored. */
  private epoch = 0;

  constructor(
    private readonly options: { maxEntries: number; ttlMs: number },
    private readonly enabled: () => boolean,
  ) {}

  async load(key: string, read: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now() && this.enabled()) return hit.value;
    const generation = this.generations.get(key) ?? 0;
    const epoch = this.epoch;
    const value = await read();
    if (this.enabled() && this.epoch === epoch && (this.generations.get(key) ?? 0) === generation) {
      if (this.entries.size >= this.options.maxEntries && !this.entries.has(key))
        this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { value, expiresAt: Date.now() + this.options.ttlMs });
    }
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
  }

  clear(): void {
    this.epoch += 1;
    this.entries.clear();
  }
}
