import { AppConfig } from '@app/config';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { InjectRedis } from './redis.provider';

/**
 * In-process caches kept honest across processes. A change publishes the changed key on Redis;
 * every process subscribed drops it. While the subscription is down nothing is served from
 * cache (a missed message could leave a stale entry), and everything is dropped when it returns.
 */
/** Messages per cache kept to publish again after an outage (more: they wait for the TTL). */
const UNSENT_KEPT = 10_000;
/** Between the keys of one message. */
const KEY_SEPARATOR = '\n';

@Injectable()
export class CacheInvalidation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CacheInvalidation.name);
  private readonly caches = new Map<string, LocalCache<unknown>>();
  private subscriber?: Redis;
  private live = false;
  /** Messages Redis did not take, by channel: sent again once it is back (see republish). */
  private readonly unsent = new Map<string, Set<string>>();
  /** Publishes in flight by channel and message, and the one queued behind each (see publish). */
  private readonly publishing = new Map<string, { sent: Promise<void>; next?: Promise<void> }>();
  private readonly onReady = () => void this.republish();

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

  /**
   * Tells every process (this one included) that `keys` of cache `name` changed, in one message
   * (keys hold no line break: they are built from codes and ids).
   */
  async invalidate(name: string, ...keys: string[]): Promise<void> {
    const cache = this.caches.get(this.channel(name));
    for (const key of keys) cache?.delete(key);
    await this.publish(this.channel(name), keys.join(KEY_SEPARATOR));
  }

  /**
   * One publish per message at a time: callers arriving while it is in flight share the next
   * one, sent once it is done, so each caller still hears back after a message sent after its
   * change. Under a burst of saves every save of a period invalidated the same two lists: one
   * publish per save became one per round trip to Redis.
   */
  private publish(channel: string, message: string): Promise<void> {
    const id = `${channel} ${message}`;
    const pending = this.publishing.get(id);
    if (pending) return (pending.next ??= pending.sent.then(() => this.publish(channel, message)));
    const sent: Promise<void> = this.send(channel, message).finally(() => {
      if (this.publishing.get(id)?.sent === sent) this.publishing.delete(id);
    });
    this.publishing.set(id, { sent });
    return sent;
  }

  private async send(channel: string, message: string): Promise<void> {
    try {
      await this.redis.publish(channel, message);
    } catch (error) {
      // Usually Redis is away for every process, whose subscriptions then serve nothing from
      // cache; but one may be back before this client and cache a value this change made old.
      // Sent again when this client is ready; one beyond the bound waits for the cache's TTL.
      const messages = this.unsent.get(channel) ?? new Set<string>();
      if (messages.size < UNSENT_KEPT) this.unsent.set(channel, messages.add(message));
      this.logger.warn({ err: error, channel }, 'Could not publish a cache invalidation yet');
    }
  }

  /** Sends what could not be published while this process's connection was down. */
  private async republish(): Promise<void> {
    const unsent = [...this.unsent].flatMap(([channel, messages]) =>
      [...messages].map((message) => [channel, message] as const),
    );
    this.unsent.clear();
    for (const [channel, message] of unsent) await this.publish(channel, message);
  }

  onApplicationBootstrap(): void {
    this.redis.on('ready', this.onReady);
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
    this.subscriber.on('message', (channel: string, message: string) => {
      const cache = this.caches.get(channel);
      for (const key of message.split(KEY_SEPARATOR)) cache?.delete(key);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.off('ready', this.onReady);
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
 * A bounded in-process cache. A key may hold several variants (one list per reader and filter,
 * say): invalidating the key drops them all. `load` never stores a value read before an
 * invalidation of the same key (the generation check), so a slow reader cannot put back what a
 * writer replaced.
 */
export class LocalCache<V> {
  /** By key, then variant; a Map keeps insertion order, so the first slot is the oldest. */
  private readonly entries = new Map<string, { key: string; value: V; expiresAt: number }>();
  private readonly slotsOfKey = new Map<string, Set<string>>();
  private readonly generations = new Map<string, number>();
  /** Bumped by clear(): a read that began before a clear is never stored. */
  private epoch = 0;

  constructor(
    private readonly options: { maxEntries: number; ttlMs: number },
    private readonly enabled: () => boolean,
  ) {}

  async load(key: string, read: () => Promise<V>, variant = ''): Promise<V> {
    const slot = `${key}\u0000${variant}`;
    const hit = this.entries.get(slot);
    if (hit && hit.expiresAt > Date.now() && this.enabled()) return hit.value;
    const generation = this.generations.get(key) ?? 0;
    const epoch = this.epoch;
    const value = await read();
    if (this.enabled() && this.epoch === epoch && (this.generations.get(key) ?? 0) === generation)
      this.store(key, slot, value);
    return value;
  }

  /** Drops the key, every variant of it, and any read of it under way. */
  delete(key: string): void {
    for (const slot of this.slotsOfKey.get(key) ?? []) this.entries.delete(slot);
    this.slotsOfKey.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
  }

  clear(): void {
    this.epoch += 1;
    this.entries.clear();
    this.slotsOfKey.clear();
  }

  private store(key: string, slot: string, value: V): void {
    if (this.entries.size >= this.options.maxEntries && !this.entries.has(slot)) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.slotsOfKey.get(entry.key)?.delete(oldest);
    }
    this.entries.set(slot, { key, value, expiresAt: Date.now() + this.options.ttlMs });
    const slots = this.slotsOfKey.get(key) ?? new Set<string>();
    this.slotsOfKey.set(key, slots.add(slot));
  }
}
