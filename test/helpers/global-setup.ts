// Jest resolves path aliases for tests, but not for global setup: register them here.
import 'tsconfig-paths/register';
import { loadConfig } from '@app/config';
import {
  dataSourceOptions,
  ensureDatabaseExists,
  runMigrations,
  withDatabase,
} from '@app/database';
import { ensureFirstAdmin } from '@app/auth';
import { seedReferenceData } from '@app/reference';
import { TEST_ADMIN } from './accounts';
import { DataSource } from 'typeorm';
import { newTestRun, TEST_RUN_ENV } from './test-run';

/**
 * Builds this run's template database once: migrated, seeded, with an admin; cloned by every
 * test file. Several projects (e2e, faults, browser) call it in one Jest process: they share the
 * run, so its teardown finds and drops every database of it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_RUN_ENV]) return;
  const run = newTestRun();
  const url = withDatabase(run.serverUrl, run.templateDatabase);
  await ensureDatabaseExists(url);
  const config = loadConfig({
    DATABASE_URL: url,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
  });
  await runMigrations(config);
  const dataSource = new DataSource({
    ...dataSourceOptions(config, 'gcm9-test-setup'),
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    await seedReferenceData(dataSource, config.referenceDataDir);
    await ensureFirstAdmin(dataSource, config);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEST_RUN_ENV] = JSON.stringify(run);
}
