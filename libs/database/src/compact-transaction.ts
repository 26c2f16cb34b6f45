import { Client, ClientBase, Connection, Query, QueryConfig, QueryResult } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * A compact transaction's state, kept on its query runner: whether BEGIN went out (with the first
 * statement), whether the statement carrying COMMIT did, and whether that COMMIT succeeded.
 */
interface CompactState {
  begun: boolean;
  lastSent: boolean;
  committed: boolean;
}

const COMPACT = 'compactTransaction';

/** The compact transaction the manager's connection is in, if it is in one. */
export const compactStateOf = (db: EntityManager): CompactState | undefined =>
  db.queryRunner?.data[COMPACT] as CompactState | undefined;

/**
 * pg's Query's internal steps and bookkeeping that the statement below uses: pg is pinned to
 * 8.23.1 in package.json for them, and test/compact-transactions checks what the server reports.
 */
interface QueryInternals {
  prepare(connection: Connection): void;
  hasBeenParsed(connection: Connection): boolean;
}
interface ConnectionInternals {
  submittedNamedStatements: Record<string, string>;
}

/** The extended-protocol messages of pg 8's connection (its typings keep an older signature). */
interface ProtocolMessages {
  parse(query: { text: string; name?: string; types?: unknown }): void;
  bind(config: object): void;
  execute(config: { portal: string }): void;
  sync(): void;
}

/**
 * A statement of a compact transaction: the first also opens it (BEGIN just before it), the last
 * also commits it (COMMIT just after it), in the same write and the same answer. PostgreSQL runs
 * them as extended-protocol messages before one Sync, so a failure of the statement skips the
 * COMMIT and leaves the transaction to roll back.
 */
class CompactTransactionStatement extends Query {
  constructor(
    private readonly config: QueryConfig,
    private readonly opens: boolean,
    private readonly commits: boolean,
    callback: (error: Error | undefined, result: QueryResult | QueryResult[]) => void,
  ) {
    super(config, callback as never);
  }

  // Called by pg's submit with the socket corked: all of it goes out in one write.
  prepare(connection: Connection): void {
    const steps = Query.prototype as unknown as QueryInternals;
    if (this.opens) {
      // Its own Parse before BEGIN's: pg credits every ParseComplete to the statement's name, so
      // BEGIN's, answered first, would mark it parsed even if its own Parse then failed.
      const { text, name, types } = this.config;
      if (name && !steps.hasBeenParsed.call(this, connection)) {
        (connection as unknown as ProtocolMessages).parse({ text, name, types });
        (connection as unknown as ConnectionInternals).submittedNamedStatements[name] = text;
      }
      sendUnnamed(connection as unknown as ProtocolMessages, 'BEGIN');
    }
    steps.prepare.call(this, connection);
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

/** Refuses a statement that would run after the transaction's last one (outside it). */
export function assertCompactTransactionOpen(db: EntityManager): void {
  if (compactStateOf(db)?.lastSent)
    throw new Error('A statement after the last one of a compact transaction');
}

/**
 * Runs a statement on a compact transaction's connection: the first one carries the BEGIN, the
 * one marked `last` the COMMIT. Answers with the statement's own result.
 */
export function runInCompactTransaction(
  runner: QueryRunner,
  client: ClientBase,
  config: QueryConfig,
  last: boolean,
): Promise<QueryResult> {
  const state = runner.data[COMPACT] as CompactState;
  const opens = !state.begun;
  state.begun = true;
  state.lastSent ||= last;
  return new Promise((resolve, reject) => {
    let answered = false;
    // Extended protocol even without parameters: BEGIN and COMMIT ride with its messages.
    const extended = { ...config, queryMode: 'extended' } as QueryConfig;
    const query = new CompactTransactionStatement(extended, opens, last, (error, results) => {
      // pg answers twice when a value cannot be sent: with the error, then at ReadyForQuery.
      if (answered) return;
      answered = true;
      if (error) return reject(error);
      // The server's word: out of any transaction once the COMMIT ran.
      if (last) state.committed = client.getTransactionStatus() === 'I';
      // pg answers one result per command: BEGIN's, the statement's, COMMIT's.
      resolve(Array.isArray(results) ? results[opens ? 1 : 0] : results);
    });
    client.query(query);
  });
}

/**
 * A transaction without round trips of its own: BEGIN travels with its first statement and COMMIT
 * with the statement its work marks `last` (`sqlWrites(db, writes, { last: true })`), so a save
 * of a report is two round trips (lock and read, write) where a transaction of its own took four
 * (action (a) adds its read of the treaty record).
 * Its statements go through `sqlRows` and `sqlWrites`; TypeORM's own queries are refused, since
 * they would run outside it, and so is a statement after the last. Rolled back when the work
 * fails before its COMMIT ran; a failure after it leaves the change committed, and TypeORM's
 * commit event is broadcast (list caches are invalidated after the commit), as its rollback event
 * is otherwise. A connection left in a transaction (its ROLLBACK failed) is closed, not pooled.
 */
export async function compactTransaction<T>(
  dataSource: DataSource,
  work: (db: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const state: CompactState = { begun: false, lastSent: false, committed: false };
  const refuse = () =>
    Promise.reject(new Error('A compact transaction runs its statements through sqlRows'));
  const typeormQuery = runner.query;
  Object.assign(runner, { query: refuse, isTransactionActive: true });
  runner.data[COMPACT] = state;
  let succeeded = false;
  try {
    const result = await work(runner.manager);
    if (state.begun && !state.committed) {
      const client: ClientBase = await runner.connect();
      await client.query('COMMIT');
      state.committed = true;
    }
    succeeded = true;
    return result;
  } finally {
    try {
      if (state.begun) await leaveTransaction(runner, state.committed);
      delete runner.data[COMPACT];
      Object.assign(runner, { query: typeormQuery, isTransactionActive: false });
      await runner.broadcaster.broadcast(
        state.committed || (succeeded && !state.begun)
          ? 'AfterTransactionCommit'
          : 'AfterTransactionRollback',
      );
    } finally {
      await runner.release();
    }
  }
}

/** Rolls back what did not commit; a connection still in a transaction after that is closed. */
async function leaveTransaction(runner: QueryRunner, committed: boolean): Promise<void> {
  const client: Client = await runner.connect();
  // Also when the statement carrying COMMIT failed: PostgreSQL skipped the COMMIT. As TypeORM's
  // transactions do, a failing ROLLBACK (a lost connection) is not the error reported.
  if (!committed) await client.query('ROLLBACK').catch(() => undefined);
  // pg's pool drops a client that is ending instead of handing it out again.
  if (client.getTransactionStatus() !== 'I') void client.end().catch(() => undefined);
}
