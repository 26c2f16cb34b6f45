import { isLostRace } from '@app/database';
import { SummaryStamp } from '@app/queue';
import { CacheInvalidation, LocalCache } from '@app/redis';
import type { Locale } from '@app/i18n';
import { NotFound } from '@app/problems';
import { FrameworkService } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectReadDatabase } from '@app/database';
import { DataSource, EntityManager } from 'typeorm';
import { SummaryCalculator, summaryKeyOf } from './compute/summary-calculator';
import { summaryCoverage } from './compute/summary-inputs.queries';
import { progressRefresh } from './compute/summary-progress';
import type { SummaryKey } from './compute/summary-scope.queries';
import {
  AffectedSummary,
  changedSnapshots,
  lockSummaries,
  processesWithoutSnapshot,
  processAndPeriodExist,
  snapshotOf,
  snapshotsOfPeriod,
  snapshotsOfProcess,
  SummaryChange,
  summariesAffectedBy,
  summaryKeys,
  unlockSummaries,
  upsertSnapshots,
} from './summaries.queries';
import { SummaryComparisonView, SummarySeriesView, SummaryView } from './summary-data';
import { summaryInLanguage } from './summary-language';
import { toPoint, toView } from './snapshot-views';

const SERIALIZATION_ATTEMPTS = 5;
/** Summaries computed together in one transaction by a full recompute. */
const RECOMPUTE_BATCH = 100;
const SNAPSHOTS_CACHE = 'summary-snapshots';

/** What a writer of stored summaries did: whether it wrote, and the keys whose data changed. */
interface SummaryWrite {
  stored: boolean;
  changed: string[];
}

export interface StoredSummary {
  view: SummaryView;
  /** `view` as JSON, in UTF-8: sent as it is. */
  json: Buffer;
  /** Changes with every recompute. */
  etag: string;
}

/** Stored regional summaries: recomputed by the worker, served as they were computed. */
@Injectable()
export class SummariesService {
  /** Stored summaries as served; every recompute drops its entry in every API process. */
  private readonly cache: LocalCache<StoredSummary | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    /**
     * Series and comparisons read the replica when there is one. The stored summary itself reads
     * the primary: it is cached until the next recompute's invalidation, and a lagging replica
     * read just after that would keep the old snapshot in the cache.
     */
    @InjectReadDatabase() private readonly readDatabase: DataSource,
    private readonly calculator: SummaryCalculator,
    private readonly invalidation: CacheInvalidation,
    private readonly framework: FrameworkService,
  ) {
    this.cache = invalidation.cache(SNAPSHOTS_CACHE, { maxEntries: 2000, ttlMs: 10 * 60 * 1000 });
  }

  /**
   * Computes and stores one summary. Running it again on the same data stores the same snapshot;
   * two recomputes of one summary at once take turns.
   */
  async recompute(process: string, period: string, now = new Date()): Promise<SummaryStamp> {
    const changed = await this.computeAndStore([{ process, period }], now);
    return { process, period, computedAt: now.toISOString(), changed: changed.length === 1 };
  }

  /**
   * Recomputes many summaries (the nightly run) in batches: each batch is one snapshot in time
   * and one set of queries for all its summaries. Returns how many changed.
   */
  async recomputeMany(
    keys: SummaryKey[],
    onProgress?: (done: number) => Promise<unknown>,
    now = new Date(),
  ): Promise<number> {
    let changed = 0;
    for (let start = 0; start < keys.length; start += RECOMPUTE_BATCH) {
      const batch = keys.slice(start, start + RECOMPUTE_BATCH);
      changed += (await this.computeAndStore(batch, now)).length;
      await onProgress?.(start + batch.length);
    }
    return changed;
  }

  /**
   * After changes that left every validated report and indicator value as it was (a draft saved,
   * a report submitted or returned), only the counts of reports not validated and the newest
   * change included can differ: those are read again (one query instead of a dozen; a deadline
   * brings such changes every second) and written into the stored summary, or the full
   * recompute runs where `progressRefresh` finds that something else may have moved (a change
   * whose own recompute has not run yet). `now`, by default, is read once the summary's lock is
   * held, so a refresh that waited never stores an older time than the writer before it.
   */
  async refreshProgress(process: string, period: string, at?: Date): Promise<SummaryStamp> {
    const key = { process, period };
    let now = at ?? new Date();
    const changed = await this.inSummaryTransaction([key], async (manager) => {
      now = at ?? new Date();
      const [coverage] = await summaryCoverage(manager, [key]);
      const refresh = progressRefresh(await snapshotOf(manager, key), coverage, now);
      if (refresh.kind === 'recompute') return this.store(manager, [key], now);
      if (refresh.kind === 'unchanged') return { stored: false, changed: [] };
      await upsertSnapshots(manager, [{ ...key, ...refresh }], now);
      return { stored: true, changed: [summaryKeyOf(key)] };
    });
    return { process, period, computedAt: now.toISOString(), changed: changed.length === 1 };
  }

  private computeAndStore(keys: SummaryKey[], now: Date): Promise<string[]> {
    return this.inSummaryTransaction(keys, (manager) => this.store(manager, keys, now));
  }

  /**
   * Runs `work` on the summaries' stored snapshots; returns the keys it says changed. Writers of
   * the same summary (a full run and a change, or two full runs) take turns: each first holds a
   * lock per summary, taken in one order before its snapshot begins, so neither reads what the
   * other is about to overwrite. A serialization failure left over (another writer of the same
   * rows) is retried.
   */
  private async inSummaryTransaction(
    keys: SummaryKey[],
    work: (manager: EntityManager) => Promise<SummaryWrite>,
  ): Promise<string[]> {
    for (let attempt = 1; ; attempt += 1) {
      const runner = this.dataSource.createQueryRunner();
      try {
        await runner.connect();
        await lockSummaries(runner.manager, keys);
        await runner.startTransaction('REPEATABLE READ');
        const { stored, changed } = await work(runner.manager);
        await runner.commitTransaction();
        // A store moves generatedAt even where the data stayed the same: read again everywhere.
        if (stored)
          for (const key of keys)
            await this.invalidation.invalidate(SNAPSHOTS_CACHE, summaryKeyOf(key));
        return changed;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        if (attempt >= SERIALIZATION_ATTEMPTS || !isLostRace(error)) throw error;
      } finally {
        await unlockSummaries(runner.manager).catch(() => undefined);
        await runner.release();
      }
    }
  }

  private async store(
    manager: EntityManager,
    keys: SummaryKey[],
    now: Date,
  ): Promise<SummaryWrite> {
    const computed = await this.calculator.compute(manager, keys, now.toISOString().slice(0, 10));
    const snapshots = [...computed.values()].map(({ data, newestChangeAt }) => ({
      process: data.process,
      period: data.period,
      data,
      newestChangeAt,
    }));
    const changed = await changedSnapshots(manager, snapshots);
    await upsertSnapshots(manager, snapshots, now);
    return { stored: true, changed };
  }

  /** Every (process, period) a full recompute covers: processes with members × periods. */
  pairs(filter: { process?: string; period?: string } = {}): Promise<SummaryKey[]> {
    return summaryKeys(this.dataSource.manager, filter);
  }

  /**
   * The summaries a batch of changes makes stale: a country's change counts in each of its
   * processes for that period and, when it changed validated data ("change from the previous
   * period" compares with it), the next one; a change to a period itself (no country) counts in
   * every process for that period.
   */
  async affectedBy(
    changes: SummaryChange[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AffectedSummary[]> {
    if (changes.length === 0) return [];
    return summariesAffectedBy(manager, changes);
  }

  async get(process: string, period: string): Promise<SummaryView> {
    return (await this.stored(process, period)).view;
  }

  /**
   * The summary as stored, in a language (the framework's texts translated), with its JSON
   * already serialized and an entity tag per language: reads are served from the process's cache
   * without a query or a serialization (the snapshot changes only when the worker recomputes it,
   * and that drops every language of it).
   */
  async stored(process: string, period: string, locale: Locale = 'en'): Promise<StoredSummary> {
    const stored = await this.storedIfAny(process, period, locale);
    if (!stored) {
      await this.assertExists(process, period);
      throw new NotFound(
        `The ${process} summary for ${period} has not been computed yet. It appears after the next change, the nightly run, or POST /api/v1/summaries/refresh.`,
      );
    }
    return stored;
  }

  /** The stored summary, or null when there is none (not computed yet, or no such pair). */
  storedIfAny(
    process: string,
    period: string,
    locale: Locale = 'en',
  ): Promise<StoredSummary | null> {
    const key = `${process}/${period}`;
    return this.cache.load(key, () => this.read(process, period, locale), locale);
  }

  private async read(
    process: string,
    period: string,
    locale: Locale,
  ): Promise<StoredSummary | null> {
    const row = await snapshotOf(this.dataSource.manager, { process, period });
    if (!row) return null;
    const english = toView(row);
    const view =
      locale === 'en' ? english : summaryInLanguage(english, await this.framework.texts(locale));
    const version = row.computedAt.getTime().toString(36);
    return {
      view,
      json: Buffer.from(JSON.stringify(view)),
      etag: locale === 'en' ? `"${version}"` : `"${version}-${locale}"`,
    };
  }

  async series(process: string): Promise<SummarySeriesView> {
    await this.assertExists(process);
    const rows = await snapshotsOfProcess(this.readDatabase.manager, process);
    return { process, periods: rows.map(toPoint) };
  }

  /**
   * The processes side by side in one period; a process without a summary is listed apart with
   * the reason, never left out silently.
   */
  async compare(period: string): Promise<SummaryComparisonView> {
    await this.assertExists(undefined, period);
    const rows = await snapshotsOfPeriod(this.readDatabase.manager, period);
    const missing = await processesWithoutSnapshot(this.readDatabase.manager, period);
    return {
      period,
      processes: rows.map((row) => ({
        ...toPoint(row),
        process: row.data.process,
        processName: row.data.processName,
        members: row.data.members,
      })),
      processesWithoutSummary: missing.map(({ process, processName, hasMembers }) => ({
        process,
        processName,
        reason: hasMembers
          ? 'not computed yet: it appears after the next change or the nightly run'
          : 'no member list in the reference data: a summary counts members',
      })),
    };
  }

  /** A process or period given that does not exist is a 404. */
  async assertExists(process?: string, period?: string): Promise<void> {
    const found = await processAndPeriodExist(this.dataSource.manager, process, period);
    if (!found.process) throw new NotFound(`No regional process with code "${process}"`);
    if (!found.period) throw new NotFound(`No reporting period ${period}`);
  }
}
