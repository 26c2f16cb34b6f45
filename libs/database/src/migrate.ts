import { AppConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS_TABLE } from './data-source-options';
import { sqlRow } from './sql';

async function withDataSource<T>(
  config: Pick<AppConfig, 'database'>,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource({ ...dataSourceOptions(config, 'gcm9-migrate'), poolSize: 1 });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies pending migrations; returns the names applied. */
export function runMigrations(config: Pick<AppConfig, 'database'>): Promise<string[]> {
  return withDataSource(config, async (dataSource) =>
    (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name),
  );
}

/** Reverts the most recent migration, or all of them; returns how many were reverted. */
export function revertMigrations(
  config: Pick<AppConfig, 'database'>,
  steps: number | 'all' = 1,
): Promise<number> {
  return withDataSource(config, async (dataSource) => {
    let reverted = 0;
    while (steps === 'all' || reverted < steps) {
      const applied = await sqlRow<{ n: number }>(
        dataSource.manager,
        `SELECT count(*)::int AS n FROM ${MIGRATIONS_TABLE}`,
      );
      if (!applied?.n) break;
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }
    return reverted;
  });
}
