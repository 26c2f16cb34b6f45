import { AppConfig } from '@app/config';
import { NotificationJobs } from '@app/notifications';
import { SummariesService, SummaryJobs } from '@app/summaries';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  lockAccountNotices,
  lockSummaryChanges,
  lockTransitions,
  markProcessed,
  purgeProcessed,
} from './outbox.queries';

const BATCH_SIZE = 1000;
const KEEP_PROCESSED_DAYS = 7;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Moves outbox messages into the queues. Summary changes go to the `summaries` queue: each batch
 * becomes one recompute per affected (process, period), and SummaryJobs folds recomputes of the
 * same summary within its coalescing window into one job. Account notices go to the
 * `notifications` queue, one email job each (sent once per notice key); workflow transitions
 * too, one notification job each (the people concerned are notified once per transition). Messages are marked
 * processed in the transaction that queued them: if Redis is away, they wait in the outbox.
 * Several workers may relay at once (SKIP LOCKED).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private failing = false;
  private purgedAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly summaries: SummariesService,
    private readonly jobs: SummaryJobs,
    private readonly notifications: NotificationJobs,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.jobs.outboxPollMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One relay at a time per process; a tick that finds one running skips. */
  tick(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Relays until the outbox is empty; returns how many messages it moved. */
  async drain(): Promise<number> {
    let moved = 0;
    try {
      const relays = [
        () => this.relaySummaryChanges(),
        () => this.relayAccountNotices(),
        () => this.relayTransitions(),
      ];
      for (const relay of relays) {
        for (let batch = await relay(); batch > 0; batch = batch === BATCH_SIZE ? await relay() : 0)
          moved += batch;
      }
      if (this.failing) this.logger.log('Relaying outbox messages again');
      this.failing = false;
      await this.purge();
    } catch (error) {
      // Logged once per outage: the messages stay in the outbox and the next tick retries.
      if (!this.failing)
        this.logger.warn({ err: error }, 'Cannot relay outbox messages yet; will retry');
      this.failing = true;
    }
    return moved;
  }

  /** Processed messages are kept a week for inspection, then deleted (checked hourly). */
  private async purge(): Promise<void> {
    if (Date.now() - this.purgedAt < PURGE_EVERY_MS) return;
    await purgeProcessed(this.dataSource.manager, KEEP_PROCESSED_DAYS);
    this.purgedAt = Date.now();
  }

  private relayAccountNotices(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await lockAccountNotices(manager, BATCH_SIZE);
      if (rows.length === 0) return 0;
      await this.notifications.sendAccountNotices(rows.map((row) => row.payload));
      await markProcessed(
        manager,
        rows.map((row) => row.id),
      );
      this.logger.log({ notices: rows.length }, 'account notices relayed');
      return rows.length;
    });
  }

  private relayTransitions(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await lockTransitions(manager, BATCH_SIZE);
      if (rows.length === 0) return 0;
      await this.notifications.notifyTransitions(
        rows.map((row) => ({
          message: row.id,
          occurredAt: row.createdAt.toISOString(),
          transition: row.payload,
        })),
      );
      await markProcessed(
        manager,
        rows.map((row) => row.id),
      );
      this.logger.log({ transitions: rows.length }, 'workflow transitions relayed');
      return rows.length;
    });
  }

  private relaySummaryChanges(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await lockSummaryChanges(manager, BATCH_SIZE);
      if (rows.length === 0) return 0;
      const newest = rows[rows.length - 1].id;
      const pairs = await this.summaries.affectedBy(
        rows.map((row) => row.payload),
        manager,
      );
      for (const pair of pairs) await this.jobs.recompute(pair, `outbox:${newest}`);
      await markProcessed(
        manager,
        rows.map((row) => row.id),
      );
      this.logger.log(
        { messages: rows.length, recomputes: pairs.length, newest },
        'outbox relayed',
      );
      return rows.length;
    });
  }
}
