import type { AppConfig } from '@app/config';
import type Redis from 'ioredis';
import { CacheInvalidation, LocalCache } from './shared-cache';

describe('LocalCache', () => {
  const make = (enabled = () => true, options = { maxEntries: 3, ttlMs: 60000 }) =>
    new LocalCache<string>(options, enabled);

  it('reads once and serves the stored value after', async () => {
    const cache = make();
    const read = jest.fn().mockResolvedValue('v1');
    expect(await cache.load('k', read)).toBe('v1');
    expect(await cache.load('k', read)).toBe('v1');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again after the key is invalidated', async () => {
    const cache = make();
    await cache.load('k', async () => 'old');
    cache.delete('k');
    expect(await cache.load('k', async () => 'new')).toBe('new');
  });

  it('never stores a value read before an invalidation of the same key', async () => {
    const cache = make();
    let finishSlowRead: (value: string) => void = () => undefined;
    const slow = cache.load(
      'k',
      () => new Promise<string>((resolve) => (finishSlowRead = resolve)),
    );
    cache.delete('k'); // a writer replaced the value while the slow read was under way
    finishSlowRead('stale');
    expect(await slow).toBe('stale'); // the caller still gets what it read…
    expect(await cache.load('k', async () => 'fresh')).toBe('fresh'); // …but it was not kept
  });

  it('serves nothing from cache while disabled (invalidations could be missed)', async () => {
    let enabled = false;
    const cache = make(() => enabled);
    const read = jest.fn().mockResolvedValue('v');
    await cache.load('k', read);
    await cache.load('k', read);
    expect(read).toHaveBeenCalledTimes(2);
    enabled = true;
    await cache.load('k', read);
    await cache.load('k', read);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('expires entries after their time to live', async () => {
    const cache = make(() => true, { maxEntries: 3, ttlMs: -1 });
    const read = jest.fn().mockResolvedValue('v');
    await cache.load('k', read);
    await cache.load('k', read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = make();
    for (const key of ['a', 'b', 'c', 'd']) await cache.load(key, async () => key);
    const read = jest.fn().mockResolvedValue('again');
    expect(await cache.load('a', read)).toBe('again');
    expect(await cache.load('d', read)).toBe('d');
  });

  it('never stores a value read before a clear (invalidations may have been missed)', async () => {
    const cache = make();
    let finish: (value: string) => void = () => undefined;
    const slow = cache.load('k', () => new Promise<string>((resolve) => (finish = resolve)));
    cache.clear();
    finish('stale');
    await slow;
    expect(await cache.load('k', async () => 'fresh')).toBe('fresh');
  });

  it('forgets everything on clear', async () => {
    const cache = make();
    await cache.load('k', async () => 'old');
    cache.clear();
    expect(await cache.load('k', async () => 'new')).toBe('new');
  });
});

describe('LocalCache variants', () => {
  const make = () => new LocalCache<string>({ maxEntries: 3, ttlMs: 60000 }, () => true);

  it('keeps each variant of a key apart and drops them all with the key', async () => {
    const cache = make();
    await cache.load('reports:2025', async () => 'page 1', 'p1');
    await cache.load('reports:2025', async () => 'page 2', 'p2');
    await cache.load('reports:2024', async () => 'other period', 'p1');
    const read = jest.fn().mockResolvedValue('again');
    expect(await cache.load('reports:2025', read, 'p2')).toBe('page 2');
    expect(read).not.toHaveBeenCalled();

    cache.delete('reports:2025');
    expect(await cache.load('reports:2025', read, 'p1')).toBe('again');
    expect(await cache.load('reports:2025', read, 'p2')).toBe('again');
    expect(await cache.load('reports:2024', read, 'p1')).toBe('other period');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('counts variants toward maxEntries and forgets the evicted one under its key', async () => {
    const cache = make();
    for (const variant of ['a', 'b', 'c', 'd']) await cache.load('k', async () => variant, variant);
    expect(await cache.load('k', async () => 'again', 'a')).toBe('again');
    cache.delete('k');
    expect(await cache.load('k', async () => 'fresh', 'd')).toBe('fresh');
  });
});

describe('CacheInvalidation.invalidate', () => {
  /** A Redis client whose publishes answer when the test says. */
  function redisAnsweringOnDemand() {
    const sent: Array<{ channel: string; key: string; answer: () => void }> = [];
    const redis = {
      publish: (channel: string, key: string) =>
        new Promise<number>((resolve) => sent.push({ channel, key, answer: () => resolve(1) })),
    };
    return { redis: redis as unknown as Redis, sent };
  }
  const config = { redis: { prefix: 'test' } } as unknown as AppConfig;
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('sends one publish per key at a time; callers meanwhile share the next, sent after it', async () => {
    const { redis, sent } = redisAnsweringOnDemand();
    const invalidation = new CacheInvalidation(redis, config);
    const heard: string[] = [];
    const first = invalidation.invalidate('lists', 'k').then(() => heard.push('first'));
    const second = invalidation.invalidate('lists', 'k').then(() => heard.push('second'));
    const third = invalidation.invalidate('lists', 'k').then(() => heard.push('third'));
    await settle();
    expect(sent).toHaveLength(1);
    sent[0].answer();
    await first;
    await settle();
    // The second and third changes came after the first message left: one more is sent for both.
    expect(heard).toEqual(['first']);
    expect(sent).toHaveLength(2);
    sent[1].answer();
    await Promise.all([second, third]);
    expect(heard).toEqual(['first', 'second', 'third']);
    expect(sent.map((message) => message.key)).toEqual(['k', 'k']);
  });

  it('sends the keys of one change in one message, and drops them here at once', async () => {
    const { redis, sent } = redisAnsweringOnDemand();
    const invalidation = new CacheInvalidation(redis, config);
    const lists = invalidation.cache<string>('lists', { maxEntries: 10, ttlMs: 60_000 });
    (invalidation as unknown as { live: boolean }).live = true;
    await lists.load('report:2027', async () => 'old page');
    await lists.load('report:*', async () => 'old page');
    void invalidation.invalidate('lists', 'report:2027', 'report:*');
    await settle();
    expect(sent.map(({ channel, key }) => `${channel} ${JSON.stringify(key)}`)).toEqual([
      'test:invalidate:lists "report:2027\\nreport:*"',
    ]);
    expect(await lists.load('report:2027', async () => 'new page')).toBe('new page');
    expect(await lists.load('report:*', async () => 'new page')).toBe('new page');
  });

  it('never holds back a publish of another key', async () => {
    const { redis, sent } = redisAnsweringOnDemand();
    const invalidation = new CacheInvalidation(redis, config);
    void invalidation.invalidate('lists', 'a');
    void invalidation.invalidate('lists', 'b');
    void invalidation.invalidate('other', 'a');
    await settle();
    expect(sent.map(({ channel, key }) => `${channel} ${key}`)).toEqual([
      'test:invalidate:lists a',
      'test:invalidate:lists b',
      'test:invalidate:other a',
    ]);
  });
});
