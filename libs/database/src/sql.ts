import { createHash } from 'node:crypto';
import type { PoolClient, QueryConfig } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';
import {
  assertCompactTransactionOpen,
  compactStateOf,
  runInCompactTransaction,
} from './compact-transaction';

/** How a statement runs: parsed and planned on every call, or once per connection. */
export type Planning = 'once' | 'prepared';

/** Names by statement text: the texts are built from the query modules' fixed fragments, so few. */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `q${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs one SQL statement on the manager's connection (its transaction's, or any pooled one) and
 * returns its rows as the query module that owns the SQL declares them. Every statement answers
 * with its rows, UPDATE … RETURNING included, whatever its command.
 *
 * `prepared` makes it a named prepared statement, which PostgreSQL parses and plans once per
 * connection instead of on every request: for the hot paths, where planning costs as much as
 * running. The connection is the `pg` client that TypeORM's public `QueryRunner.connect()`
 * hands out; errors are TypeORM's `QueryFailedError`, as for `manager.query`.
 */
export function sqlRows<Row>(
  db: EntityManager,
  text: string,
  values: readonly unknown[] = [],
  planning: Planning = 'once',
): Promise<Row[]> {
  return runStatement<Row>(db, text, values, planning, false);
}

/**
 * `last`: the last statement of its transaction; in a compact transaction its COMMIT travels
 * with it (and the first statement of one carries its BEGIN).
 */
async function runStatement<Row>(
  db: EntityManager,
  text: string,
  values: readonly unknown[],
  planning: Planning,
  last: boolean,
): Promise<Row[]> {
  assertCompactTransactionOpen(db);
  const own = db.queryRunner ? undefined : db.connection.createQueryRunner();
  const runner = db.queryRunner ?? own!;
  try {
    const client: PoolClient = await runner.connect();
    const query: QueryConfig = { text, values: [...values] };
    if (planning === 'prepared') query.name = statementName(text);
    db.connection.logger.logQuery(text, query.values, runner);
    try {
      const result = compactStateOf(db)
        ? await runInCompactTransaction(runner, client, query, last)
        : await client.query(query);
      return result.rows as Row[];
    } catch (error) {
      db.connection.logger.logQueryError(error as Error, text, query.values, runner);
      throw new QueryFailedError(text, query.values, error as Error);
    }
  } finally {
    await own?.release();
  }
}

/** The first row of a statement's answer, if any. */
export async function sqlRow<Row>(
  db: EntityManager,
  text: string,
  values: readonly unknown[] = [],
  planning: Planning = 'once',
): Promise<Row | undefined> {
  return (await sqlRows<Row>(db, text, values, planning))[0];
}

/** One data-modifying statement (INSERT, UPDATE or DELETE) with its own placeholders $1…$n. */
export interface SqlWrite {
  text: string;
  values: readonly unknown[];
}

/** Each write's placeholders moved past those of the writes before it. */
function renumbered(writes: readonly SqlWrite[]): { texts: string[]; values: unknown[] } {
  const values: unknown[] = [];
  const texts = writes.map((write) => {
    const offset = values.length;
    values.push(...write.values);
    return offset === 0
      ? write.text
      : write.text.replace(/\$(\d+)/g, (_, index: string) => `$${Number(index) + offset}`);
  });
  return { texts, values };
}

/**
 * Runs independent writes as one prepared statement: the first as the main statement, the others
 * as its data-modifying WITH clauses. One round trip instead of one each; answers with the rows
 * the first returns (its RETURNING). PostgreSQL runs every clause to completion; none sees
 * another's changes, so they must not touch the same rows. `last`: nothing follows them in their
 * transaction (in a compact transaction, they carry its COMMIT).
 */
export async function sqlWrites<Row = never>(
  db: EntityManager,
  writes: readonly SqlWrite[],
  { last = false }: { last?: boolean } = {},
): Promise<Row[]> {
  const { texts, values } = renumbered(writes);
  const [main, ...clauses] = texts;
  if (main === undefined) return [];
  const text = clauses.length
    ? `WITH ${clauses.map((clause, index) => `w${index + 1} AS (${clause})`).join(',\n')}\n${main}`
    : main;
  return runStatement<Row>(db, text, values, 'prepared', last);
}
