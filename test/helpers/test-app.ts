import { AppConfig, loadConfig } from '@app/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createTestDatabase } from './test-database';
import { currentTestRun, deleteRedisKeys, redisPrefixOf } from './test-run';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real API on its own database and Redis prefix, configured exactly as in production. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { databasePort?: number } = {},
): Promise<TestApp> {
  const run = currentTestRun();
  const database = await createTestDatabase();
  // Through a proxy (fault tests cut it), or straight to the server.
  const databaseUrl = options.databasePort
    ? database.url.replace(/@([^/:]+):\d+\//, `@$1:${options.databasePort}/`)
    : database.url;
  const prefix = redisPrefixOf(run, randomBytes(4).toString('hex'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: run.redisUrl,
    REDIS_PREFIX: prefix,
    WORKER_HEALTH_PORT: '0',
    // Generous sign-in limits: suites sign in often from one address. The limit tests lower them.
    LOGIN_LIMIT_PER_IP: '10000',
    LOGIN_LIMIT_PER_ACCOUNT: '10000',
    AUTH_REQUEST_LIMIT_PER_IP: '10000',
    // Suites sign in as admins and coordinators without a second factor; the enforcement has its
    // own suite (two-factor-enforcement.e2e-spec.ts).
    REQUIRE_TWO_FACTOR_ROLES: 'none',
    ...env,
  });
  const app = await createApiApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    async close() {
      await app.close();
      await database.drop();
      await deleteRedisKeys(run.redisUrl, prefix);
    },
  };
}
