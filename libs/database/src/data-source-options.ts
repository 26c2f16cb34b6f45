import { AppConfig } from '@app/config';
import { MIGRATIONS } from '@app/migrations';
import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';

export type PostgresDataSourceOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'schema_migration';

// DATE columns are calendar days, not instants: keep them as 'YYYY-MM-DD' strings.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * The one data-source definition: the apps add their entities through `autoLoadEntities`, the
 * migration CLI (`migrations/data-source.ts`) lists them, and tests migrate with it.
 * The schema only ever comes from `migrations/`; `synchronize` stays off.
 */
export function dataSourceOptions(
  config: Pick<AppConfig, 'database'>,
  applicationName = 'gcm9-tracker',
): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install (or privileges to ask for).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: config.database.poolSize,
    connectTimeoutMS: 5000,
    applicationName,
    extra: {
      // How long a request waits for a pooled connection: long enough for a deadline burst to
      // queue rather than fail; a database that is down refuses at once and is reported as such.
      connectionTimeoutMillis: 10000,
      idleTimeoutMillis: 30000,
      // JIT compiles a query when the planner's cost estimate is high; ours are short aggregates
      // and lookups, so JIT cost hundreds of milliseconds on queries that run in a few.
      // random_page_cost: the planner's default (4) prices a page read as from a spinning disk,
      // so a recompute of one summary scanned whole answer and evidence tables rather than follow
      // their indexes for its two hundred reports (14 ms instead of 5, growing with the tables);
      // 1.1 is the usual setting for data on SSDs or in memory, as a working set of this size is.
      options: '-c jit=off -c random_page_cost=1.1',
    },
  };
}
