export { DatabaseModule } from './database.module';
export { InjectReadDatabase } from './read-database';
export { dataSourceOptions, MIGRATIONS_TABLE } from './data-source-options';
export { connectionTarget, withDatabase } from './connection-target';
export {
  assertPostgresReachable,
  dropDatabase,
  ensureDatabaseExists,
} from './postgres-server.queries';
export { revertMigrations, runMigrations } from './migrate';
export { SnakeNamingStrategy } from './snake-naming.strategy';
export { deleteRowsNotIn, upsertRows } from './upsert-rows';
export type { ColumnSpec, UpsertResult } from './upsert-rows';
export { isLostRace, retryingTransaction } from './retrying-transaction';
export { compactTransaction } from './compact-transaction';
export { sqlRow, sqlRows, sqlWrites } from './sql';
export type { Planning, SqlWrite } from './sql';
