import { exitOnStartupFailure, loadConfig, loadDotEnvFile } from '@app/config';
import { assertPostgresReachable } from '@app/database';
import { assertRedisReachable } from '@app/redis';
import { Logger } from '@nestjs/common';
import { API_PREFIX } from './http/api-prefix';

async function bootstrap(): Promise<void> {
  loadDotEnvFile();
  const config = loadConfig();
  await assertPostgresReachable(config.database.url);
  await assertRedisReachable(config.redis);

  // Loaded once the configuration and the services check out: a refused start says why at once.
  const { createApiApp } = await import('./create-api-app');
  const app = await createApiApp(config);
  await app.listen({ port: config.http.port, host: config.http.host });
  const logger = new Logger('Bootstrap');
  const docs = config.http.apiDocs ? `${config.appBaseUrl}/api/docs` : 'off (API_DOCS=true)';
  logger.log(
    `API listening. Open ${config.appBaseUrl}/ in a browser (API: ${config.appBaseUrl}/${API_PREFIX}, docs: ${docs})`,
  );

  // SIGTERM: stop accepting, let in-flight requests finish, close pools and queues, then exit.
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      logger.log(`${signal} received: draining`);
      setTimeout(() => {
        logger.error(`Shutdown took longer than ${config.http.shutdownGraceMs} ms; exiting`);
        process.exit(1);
      }, config.http.shutdownGraceMs).unref();
      app.close().then(
        () => process.exit(0),
        (error: unknown) => exitOnStartupFailure(error),
      );
    });
  }
}

bootstrap().catch(exitOnStartupFailure);
