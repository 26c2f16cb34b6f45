// Jest resolves path aliases for tests, but not for global setup: register them here.
import 'tsconfig-paths/register';
import { dropDatabase, withDatabase } from '@app/database';
import { Client } from 'pg';
import { currentTestRun, deleteRedisKeys } from './test-run';

/** Drops every database and Redis key this run made, including those of crashed test files. */
export default async function globalTeardown(): Promise<void> {
  const run = currentTestRun();
  const client = new Client({ connectionString: run.serverUrl });
  await client.connect();
  let names: string[];
  try {
    const result = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`gcm9_test_${run.id}_%`],
    );
    names = result.rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
  for (const name of names) await dropDatabase(withDatabase(run.serverUrl, name));
  await deleteRedisKeys(run.redisUrl, `gcm9test:${run.id}:`);
}
