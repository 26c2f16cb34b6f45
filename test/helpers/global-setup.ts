// Jest resolves path aliases for tests, but not for global setup: register them here.
import 'tsconfig-paths/register';
import { loadConfig } from '@app/config';
import {
  dataSourceOptions,
  ensureDatabaseExists,
  runMigrations,
  withDatabase,
} from '@app/database';
import { seedReferenceData } from '@app/reference';
import { DataSource } from 'typeorm';
import { newTestRun, TEST_RUN_ENV } from './test-run';

/** Builds this run's template database once: migrated and seeded, cloned by every test file. */
export default async function globalSetup(): Promise<void> {
  const run = newTestRun();
  const url = withDatabase(run.serverUrl, run.templateDatabase);
  await ensureDatabaseExists(url);
  const config = loadConfig({ DATABASE_URL: url });
  await runMigrations(config);
  const dataSource = new DataSource({
    ...dataSourceOptions(config, 'gcm9-test-setup'),
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    await seedReferenceData(dataSource, config.referenceDataDir);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEST_RUN_ENV] = JSON.stringify(run);
}
