import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';

/**
 * Runs a statement as a named prepared statement: PostgreSQL parses and plans it once per
 * connection instead of on every request. For the hot paths (a report read, the reports list)
 * where planning cost as much as running. Same results and errors as `manager.query`.
 */
export async function preparedQuery<T = Record<string, unknown>>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const name = `q${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  // Inside a transaction: its own connection; otherwise any pooled one.
  const runner = manager.queryRunner as { connect(): Promise<PoolClient> } | undefined;
  const target: Pool | PoolClient = runner
    ? await runner.connect()
    : (manager.connection.driver as unknown as { master: Pool }).master;
  try {
    return (await target.query({ name, text, values })).rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
