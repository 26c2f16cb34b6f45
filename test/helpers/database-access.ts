import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';
import { createTestDatabase } from './test-database';

/** A direct connection to a test app's database, for checks the API does not expose. */
export async function openDatabase(api: TestApp): Promise<{ dataSource: DataSource }> {
  const dataSource = new DataSource({
    ...dataSourceOptions(api.config, 'gcm9-test-check'),
    poolSize: 1,
  });
  await dataSource.initialize();
  return { dataSource };
}

/** A test database of its own, migrated, with a data source of `poolSize` connections to it. */
export async function openScratchDatabase(
  applicationName: string,
  poolSize: number,
): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const dataSource = new DataSource({
    ...dataSourceOptions(loadConfig({ DATABASE_URL: database.url }), applicationName),
    poolSize,
  });
  await dataSource.initialize();
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
