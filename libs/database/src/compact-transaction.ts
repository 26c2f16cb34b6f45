import { Connection, Query, QueryConfig, QueryResult } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * A compact transaction's state, kept on its query runner: whether BEGIN went out (with the first
 * statement) and whether COMMIT did (with the statement its work marked `last`).
 */
interface CompactState {
  begun: boolean;
  committed: boolean;
}

const COMPACT = 'compactTransaction';

/** The compact transaction the manager's connection is in, if it is in one. */
export const compactStateOf = (db: EntityManager): CompactState | undefined =>
  db.queryRunner?.data[COMPACT] as CompactState | undefined;

/** pg's Query's internal steps that the statement below extends (pg 8's lib/query.js). */
interface QuerySteps {
  prepare(connection: Connection): void;
}

/** The extended-protocol messages of pg 8's connection (its typings keep an older signature). */
interface ProtocolMessages {
  parse(query: { text: string }): void;
  bind(config: object): void;
  execute(config: { portal: string }): void;
  sync(): void;
}

/**
 * A named statement that also opens its transaction (BEGIN just before it) and/or commits it
 * (COMMIT just after it), in the same write and the same answer: PostgreSQL runs the three as
 * extended-protocol messages before one Sync, so a failure of the statement skips the COMMIT and
 * leaves the transaction to roll back.
 */
class StatementAtTransactionEdge extends Query {
  constructor(
    config: QueryConfig,
    private readonly opens: boolean,
    private readonly commits: boolean,
    callback: (error: Error | undefined, result: QueryResult | QueryResult[]) => void,
  ) {
    super(config, callback as never);
  }

  // Called by pg's submit with the socket corked: all of it goes out in one write.
  prepare(connection: Connection): void {
    if (this.opens) sendUnnamed(connection as unknown as ProtocolMessages, 'BEGIN');
    (Query.prototype as unknown as QuerySteps).prepare.call(this, connection);
  }

  // pg's own step after the statement's Bind and Describe, with COMMIT before the Sync.
  _getRows(connection: ProtocolMessages): void {
    connection.execute({ portal: '' });
    if (this.commits) sendUnnamed(connection, 'COMMIT');
    connection.sync();
  }
}

function sendUnnamed(connection: ProtocolMessages, command: 'BEGIN' | 'COMMIT'): void {
  connection.parse({ text: command });
  connection.bind({});
  connection.execute({ portal: '' });
}

/**
 * Runs a statement on a compact transaction's connection: the first one carries the BEGIN, the
 * one marked `last` the COMMIT. Answers with the statement's own result.
 */
export function runAtTransactionEdge(
  runner: QueryRunner,
  client: { query(query: Query): unknown },
  config: QueryConfig,
  last: boolean,
): Promise<QueryResult> {
  const state = runner.data[COMPACT] as CompactState;
  if (state.committed) throw new Error('A statement after the compact transaction committed');
  const opens = !state.begun;
  state.begun = true;
  return new Promise((resolve, reject) => {
    // Extended protocol even without parameters: BEGIN and COMMIT ride with its messages.
    const extended = { ...config, queryMode: 'extended' } as QueryConfig;
    const query = new StatementAtTransactionEdge(extended, opens, last, (error, results) => {
      if (error) return reject(error);
      if (last) state.committed = true;
      // pg answers one result per command: BEGIN's, the statement's, COMMIT's.
      resolve(Array.isArray(results) ? results[opens ? 1 : 0] : results);
    });
    client.query(query);
  });
}

/**
 * A transaction without round trips of its own: BEGIN travels with its first statement and COMMIT
 * with the statement its work marks `last` (`sqlWrites(db, writes, { last: true })`), so a save
 * of a record takes two round trips (lock and read, write) instead of four. Its statements go
 * through `sqlRows` and `sqlWrites`; TypeORM's own queries are refused, since they would run
 * outside it. As for `DataSource.transaction`: rolled back on any failure, and TypeORM's commit
 * and rollback events are broadcast (list caches are invalidated after the commit).
 */
export async function compactTransaction<T>(
  dataSource: DataSource,
  work: (db: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const state: CompactState = { begun: false, committed: false };
  const refuse = () =>
    Promise.reject(new Error('A compact transaction runs its statements through sqlRows'));
  const typeormQuery = runner.query;
  Object.assign(runner, { query: refuse, isTransactionActive: true });
  runner.data[COMPACT] = state;
  try {
    const result = await work(runner.manager);
    const client = (await runner.connect()) as { query(text: string): Promise<unknown> };
    if (state.begun && !state.committed) await client.query('COMMIT');
    await ended(runner, typeormQuery, 'AfterTransactionCommit');
    return result;
  } catch (error) {
    if (state.committed) {
      // Committed, then something failed: the change stands and its events follow.
      await ended(runner, typeormQuery, 'AfterTransactionCommit');
      throw error;
    }
    if (state.begun) {
      // Also when the statement carrying COMMIT failed: PostgreSQL skipped the COMMIT. As
      // TypeORM's transactions do, a failing ROLLBACK (a lost connection) is not the error.
      const client = (await runner.connect()) as { query(text: string): Promise<unknown> };
      await client.query('ROLLBACK').catch(() => undefined);
    }
    await ended(runner, typeormQuery, 'AfterTransactionRollback');
    throw error;
  } finally {
    await runner.release();
  }
}

async function ended(
  runner: QueryRunner,
  typeormQuery: QueryRunner['query'],
  event: 'AfterTransactionCommit' | 'AfterTransactionRollback',
): Promise<void> {
  delete runner.data[COMPACT];
  Object.assign(runner, { query: typeormQuery, isTransactionActive: false });
  await runner.broadcaster.broadcast(event);
}
