import type { ActionFramework, TreatyStanding } from '@app/domain';
import { LocalCache } from '@app/redis';
import { TreatiesService, TreatyCode } from '@app/reference';
import { NotFound } from '@app/problems';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { selectActionFramework } from './report.queries';

/** What a report on an action may hold, and the treaty record its treaty items answer to. */
@Injectable()
export class ActionFrameworks {
  /** Reference data only the seed changes: kept a minute, whether or not Redis is there. */
  private readonly frameworks = new LocalCache<ActionFramework | null>(
    { maxEntries: 16, ttlMs: 60_000 },
    () => true,
  );

  constructor(private readonly treaties: TreatiesService) {}

  /**
   * An action's framework; 404 for an unknown action. Inside a transaction, read on its
   * connection: a second one from the pool could wait for ever when every connection is held by
   * a request waiting for it too.
   */
  async of(db: EntityManager, action: string): Promise<ActionFramework> {
    const framework = await this.frameworks.load(action, async () => {
      const row = await selectActionFramework(db, action);
      if (!row.known) return null;
      return {
        items: row.items,
        treatyItems: new Map(row.treaties.map((pair) => pair.split('=') as [string, string])),
        defaultAreas: row.areas,
      };
    });
    if (!framework) throw new NotFound(`No Objective 9 action (${action})`);
    return framework;
  }

  /** The country's treaty record, on a date, for the action's treaty items (a1, a2). */
  standings(
    db: EntityManager,
    framework: ActionFramework,
    country: string,
    date: string,
  ): Promise<ReadonlyMap<string, TreatyStanding>> {
    const treaties = [...new Set(framework.treatyItems.values())] as TreatyCode[];
    return treaties.length
      ? this.treaties.standingsOn(treaties, country, date, db)
      : Promise.resolve(new Map());
  }
}
