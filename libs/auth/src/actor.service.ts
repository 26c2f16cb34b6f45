import { CacheInvalidation, LocalCache } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from './actor';
import { actorById } from './sign-in.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ACTORS_CACHE = 'actors';

/** An account as kept in the cache: what a request's actor copies, and what decides if it may. */
interface KeptAccount {
  actor: Omit<Actor, 'requestId' | 'ip' | 'sessionId'>;
  active: boolean;
  tokenVersion: number;
  sessions: ReadonlySet<string>;
}

/**
 * Resolves the account behind a token, with its scopes. Cached per process: every account change
 * invalidates the entry in every process at once (UsersService), and the short TTL bounds what a
 * change made outside the API (the setup command) can leave behind.
 */
@Injectable()
export class ActorService {
  private readonly cache: LocalCache<KeptAccount | null>;

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
    let account = await this.cache.load(userId, () => this.read(userId));
    if (account && sessionId !== null && !account.sessions.has(sessionId)) {
      // A session newer than the cached account (a sign-in a moment ago, maybe elsewhere).
      this.cache.delete(userId);
      account = await this.cache.load(userId, () => this.read(userId));
    }
    if (!account || !account.active || account.tokenVersion !== tokenVersion) return null;
    if (sessionId !== null && !account.sessions.has(sessionId)) return null;
    return { ...account.actor, ...request, sessionId };
  }

  private async read(userId: string): Promise<KeptAccount | null> {
    const row = await actorById(this.dataSource.manager, userId);
    if (!row) return null;
    const { active, tokenVersion, sessions, ...actor } = row;
    return { actor, active, tokenVersion, sessions: new Set(sessions) };
  }
}
