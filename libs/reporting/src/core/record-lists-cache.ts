import { AppConfig } from '@app/config';
import { CacheInvalidation, LocalCache } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { ListView, RecordSummaryView } from '../views';
import type { ReviewedTable } from './record.queries';

export const RECORD_LISTS_CACHE = 'record-lists';
/** Where a writer's transaction keeps the lists its commit makes stale (QueryRunner.data). */
const STALE_LISTS = 'staleRecordLists';
/** How long a commit waits for Redis to take an invalidation before it answers anyway. */
const PUBLISH_WAIT_MS = 250;
/** Lists without a period filter: every change of the table makes them stale. */
const EVERY_PERIOD = '*';

/**
 * Pages of record lists, kept in each API process until a change of their table and period
 * commits anywhere: the change is published on Redis after its transaction commits (a reader
 * between the write and the commit would otherwise store the old page again). A page is kept
 * per reader scope, role and language, since those change what it holds.
 *
 * With a read replica there is no cache: the lists read the replica on every request, because a
 * page refilled from a lagging replica right after an invalidation would stay old until the
 * next change.
 */
@Injectable()
export class RecordListsCache implements EntitySubscriberInterface {
  private readonly cache: LocalCache<ListView<RecordSummaryView>>;
  private readonly enabled: boolean;

  constructor(
    @InjectDataSource() primary: DataSource,
    private readonly invalidation: CacheInvalidation,
    config: AppConfig,
  ) {
    this.cache = invalidation.cache(RECORD_LISTS_CACHE, { maxEntries: 5000, ttlMs: 60_000 });
    this.enabled = !config.database.readUrl;
    // Told of every commit and rollback on the primary (TypeORM's transaction events).
    primary.subscribers.push(this);
  }

  load<Item extends RecordSummaryView>(
    table: ReviewedTable,
    period: string | undefined,
    variant: string,
    read: () => Promise<ListView<Item>>,
  ): Promise<ListView<Item>> {
    if (!this.enabled) return read();
    const key = `${table.name}:${period ?? EVERY_PERIOD}`;
    return this.cache.load(key, read, variant) as Promise<ListView<Item>>;
  }

  /** In a writer's transaction: the lists of `table` for `period` change when it commits. */
  async changed(db: EntityManager, table: ReviewedTable, period: string): Promise<void> {
    const keys = [`${table.name}:${period}`, `${table.name}:${EVERY_PERIOD}`];
    const runner = db.queryRunner;
    if (!runner?.isTransactionActive) return this.invalidate(keys);
    const stale = (runner.data[STALE_LISTS] ??= new Set<string>()) as Set<string>;
    for (const key of keys) stale.add(key);
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    // A savepoint released inside the transaction commits nothing yet.
    if (queryRunner.isTransactionActive) return;
    const stale = queryRunner.data[STALE_LISTS] as Set<string> | undefined;
    if (!stale) return;
    delete queryRunner.data[STALE_LISTS];
    await this.invalidate([...stale]);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    // Rolled back to a savepoint, changes made before it may still commit: keep them.
    if (!queryRunner.isTransactionActive) delete queryRunner.data[STALE_LISTS];
  }

  /**
   * Drops the keys here at once and tells the other processes, in one message. Redis answers
   * within a millisecond, so the writer's answer normally leaves after every process heard; a
   * stalled Redis must not hold the writer's database connection, so the wait is bounded.
   */
  private async invalidate(keys: string[]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.invalidation.invalidate(RECORD_LISTS_CACHE, ...keys),
      new Promise((resolve) => (timer = setTimeout(resolve, PUBLISH_WAIT_MS))),
    ]);
    clearTimeout(timer);
  }
}
