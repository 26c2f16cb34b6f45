import { ENVIRONMENT_DEFAULTS } from '@app/config';
import { withDatabase } from '@app/database';
import Redis from 'ioredis';

/**
 * Identity of one `npm test` run: its databases are `gcm9_test_<run>_…` and its Redis keys
 * start with `gcm9test:<run>:`, so two runs on one machine never touch each other's data.
 */
export interface TestRun {
  id: string;
  /** Any database on the test server; the name is replaced per use. */
  serverUrl: string;
  redisUrl: string;
  templateDatabase: string;
}

export const TEST_RUN_ENV = 'GCM9_TEST_RUN';

export function newTestRun(): TestRun {
  const id = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const serverUrl =
    process.env.TEST_DATABASE_URL ?? withDatabase(ENVIRONMENT_DEFAULTS.DATABASE_URL, 'postgres');
  return {
    id,
    serverUrl,
    redisUrl: process.env.TEST_REDIS_URL ?? ENVIRONMENT_DEFAULTS.REDIS_URL,
    templateDatabase: `gcm9_test_${id}_template`,
  };
}

export function currentTestRun(): TestRun {
  const value = process.env[TEST_RUN_ENV];
  if (!value) throw new Error('The e2e global setup did not run (no test run in the environment)');
  return JSON.parse(value) as TestRun;
}

export const redisPrefixOf = (run: TestRun, name: string) => `gcm9test:${run.id}:${name}`;

/**
 * Deletes every Redis key of a prefix (SCAN, never KEYS, so a shared server is not blocked).
 * The app wraps REDIS_PREFIX in braces (a Cluster hash tag), so the keys start with `{prefix`.
 */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const pattern = `{${prefix.replace(/^\{|\}$/g, '')}*`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
