import { exitOnStartupFailure, loadConfig, loadDotEnvFile } from '@app/config';
import { assertPostgresReachable } from '@app/database';
import { AppLogger } from '@app/logging';
import { assertRedisReachable } from '@app/redis';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

async function bootstrap(): Promise<void> {
  loadDotEnvFile();
  const config = loadConfig();
  await assertPostgresReachable(config.database.url);
  await assertRedisReachable(config.redis);

  // Loaded once the configuration and the services check out: a refused start says why at once.
  const { WorkerModule } = await import('./worker.module');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(AppLogger));
  await app.init();
  const logger = new Logger('Worker');
  logger.log('Worker ready');

  // SIGTERM: let running jobs finish (Bull waits for them on close), close pools, then exit.
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      logger.log(`${signal} received: finishing running jobs`);
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
