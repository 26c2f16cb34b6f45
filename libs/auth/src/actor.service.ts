import { CacheInvalidation, LocalCache } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from './actor';
import { actorById, ActorRow } from './sign-in.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ACTORS_CACHE = 'actors';

/**
 * Resolves the account behind a token, with its scopes. Cached per process: every account change
 * invalidates the entry in every process at once (UsersService), and the short TTL bounds what a
 * change made outside the API (the setup command) can leave behind.
 */
@Injectable()
export class ActorService {
  private readonly cache: LocalCache<ActorRow | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    invalidation: CacheInvalidation,
  ) {
    this.cache = invalidation.cache(ACTORS_CACHE, { maxEntries: 10000, ttlMs: 30000 });
  }

  /** The active account with this id and token version; null when it no longer qualifies. */
  async load(
    userId: string,
    tokenVersion: number,
    request: { requestId: string; ip: string | null },
    sessionId: string | null = null,
  ): Promise<Actor | null> {
    if (!UUID.test(userId)) return null;
    let row = await this.cache.load(userId, () => this.read(userId));
    if (row && sessionId !== null && !row.sessions.includes(sessionId)) {
      // A session newer than the cached account (a sign-in a moment ago, maybe elsewhere).
      this.cache.delete(userId);
      row = await this.cache.load(userId, () => this.read(userId));
    }
    if (!row || !row.active || row.tokenVersion !== tokenVersion) return null;
    if (sessionId !== null && !row.sessions.includes(sessionId)) return null;
    const { active: _active, tokenVersion: _version, sessions: _sessions, ...actor } = row;
    return { ...actor, ...request, sessionId };
  }

  private async read(userId: string): Promise<ActorRow | null> {
    const row = await actorById(this.dataSource.manager, userId);
    return row ?? null;
  }
}
