import { ensureFirstAdmin } from '@app/auth';
import { AppConfig, ENVIRONMENT_DEFAULTS, loadConfig } from '@app/config';
import {
  dataSourceOptions,
  dropDatabase,
  ensureDatabaseExists,
  runMigrations,
  withDatabase,
} from '@app/database';
import { seedReferenceData } from '@app/reference';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { deleteRedisKeys } from '../../test/helpers/test-run';

export const BENCH_ADMIN = { email: 'admin@bench.example', password: 'bench-admin-password' };

export interface BenchEnvironment {
  config: AppConfig;
  dataSource: DataSource;
  /** Drops the database and the Redis keys. */
  close(): Promise<void>;
}

/**
 * A throwaway database (migrated, seeded, with an admin) and Redis prefix for one benchmark run,
 * named `gcm9_bench_<run>`, so a benchmark never touches anyone's data.
 */
export async function startBenchEnvironment(
  env: Record<string, string> = {},
): Promise<BenchEnvironment> {
  const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const server = process.env.BENCH_DATABASE_URL ?? ENVIRONMENT_DEFAULTS.DATABASE_URL;
  const url = withDatabase(server, `gcm9_bench_${run}`);
  const redisUrl = process.env.BENCH_REDIS_URL ?? ENVIRONMENT_DEFAULTS.REDIS_URL;
  const prefix = `gcm9bench:${run}`;
  await ensureDatabaseExists(url);
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    TWO_FACTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    REQUIRE_TWO_FACTOR_ROLES: 'none',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    WORKER_HEALTH_PORT: '0',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    LOGIN_LIMIT_PER_IP: '100000',
    LOGIN_LIMIT_PER_ACCOUNT: '100000',
    AUTH_REQUEST_LIMIT_PER_IP: '100000',
    ...env,
  });
  await runMigrations(config);
  const dataSource = new DataSource({ ...dataSourceOptions(config, 'gcm9-bench'), poolSize: 4 });
  await dataSource.initialize();
  await seedReferenceData(dataSource, config.referenceDataDir);
  await ensureFirstAdmin(dataSource, config);
  return {
    config,
    dataSource,
    async close() {
      await dataSource.destroy();
      await dropDatabase(url);
      await deleteRedisKeys(redisUrl, prefix);
    },
  };
}
