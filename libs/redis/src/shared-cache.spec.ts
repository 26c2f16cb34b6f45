import { LocalCache } from './shared-cache';

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
