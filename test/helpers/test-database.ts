import { dropDatabase, ensureDatabaseExists, withDatabase } from '@app/database';
import { randomBytes } from 'node:crypto';
import { currentTestRun } from './test-run';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh, migrated and seeded database for one test file (a copy of the run's template). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const run = currentTestRun();
  const url = withDatabase(run.serverUrl, `gcm9_test_${run.id}_${randomBytes(4).toString('hex')}`);
  // PostgreSQL copies a template only while no one else uses it: retry when a sibling is copying.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await ensureDatabaseExists(url, run.templateDatabase);
      break;
    } catch (error) {
      if (attempt >= 40 || !/being accessed by other users/.test(String(error))) throw error;
      await sleep(100 + Math.random() * 200);
    }
  }
  return { url, drop: () => dropDatabase(url) };
}

/** An empty database (no schema) for migration tests. */
export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const run = currentTestRun();
  const url = withDatabase(run.serverUrl, `gcm9_test_${run.id}_${randomBytes(4).toString('hex')}`);
  await ensureDatabaseExists(url);
  return { url, drop: () => dropDatabase(url) };
}
