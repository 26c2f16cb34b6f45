import { AppConfig } from '@app/config';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** The real worker (processors, outbox relay, schedules) in this process, on a test app's config. */
export async function startTestWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: false,
  });
  await worker.init();
  return worker;
}
