import { dataSourceOptions } from '@app/database';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

/** A direct connection to a test app's database, for checks the API does not expose. */
export async function openDatabase(api: TestApp): Promise<{ dataSource: DataSource }> {
  const dataSource = new DataSource({
    ...dataSourceOptions(api.config, 'gcm9-test-check'),
    poolSize: 1,
  });
  await dataSource.initialize();
  return { dataSource };
}
