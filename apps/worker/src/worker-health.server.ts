import { AppConfig } from '@app/config';
import { RedisHealthIndicator } from '@app/redis';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { createServer, Server } from 'node:http';

/** The worker serves no API, only `GET /health` (database and Redis) for orchestrators. */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHealthServer.name);
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.workerHealthPort === 0) return;
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== '/health') {
        res.writeHead(404, { 'content-type': 'application/problem+json' }).end(
          JSON.stringify({
            type: 'about:blank',
            title: 'Not Found',
            status: 404,
            code: 'not_found',
            detail: 'Only GET /health',
          }),
        );
        return;
      }
      this.health
        .check([
          () => this.database.pingCheck('database', { timeout: 1500 }),
          () => this.redis.isHealthy('redis'),
        ])
        .then(
          (result) =>
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
          (error: { response?: unknown }) =>
            res
              .writeHead(503, { 'content-type': 'application/json' })
              .end(JSON.stringify(error.response ?? {})),
        );
    });
    await new Promise<void>((resolve) =>
      this.server?.listen(this.config.workerHealthPort, this.config.http.host, resolve),
    );
    this.logger.log(`Worker health on port ${this.config.workerHealthPort} (GET /health)`);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}
