import { TreatiesService } from '@app/reference';
import { NotFound } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { SummaryData } from '../summary-data';
import { buildSummary, SharedInputs, SummaryRows } from './build-summary';
import {
  indicatorCells,
  indicatorComparisons,
  indicatorDefinitions,
} from './indicator-inputs.queries';
import {
  actionTotals,
  areaTotals,
  checklistTotals,
  memberActions,
  summaryCoverage,
  summaryHeads,
  treatyAnswers,
} from './summary-inputs.queries';
import type { SummaryKey } from './summary-scope.queries';

export interface ComputedSummary {
  data: SummaryData;
  newestChangeAt: Date | null;
}

export const summaryKeyOf = (key: SummaryKey) => `${key.process}/${key.period}`;

/** Rows of one query, grouped by the summary they belong to. */
function bySummary<T extends SummaryKey>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(summaryKeyOf(row));
    if (group) group.push(row);
    else groups.set(summaryKeyOf(row), [row]);
  }
  return groups;
}

/**
 * Computes regional summaries: loads the rows of every summary asked for with one set of queries
 * (the hand-written SQL does the aggregation), then builds each summary from its rows.
 */
@Injectable()
export class SummaryCalculator {
  constructor(private readonly treaties: TreatiesService) {}

  async compute(
    manager: EntityManager,
    keys: SummaryKey[],
    today: string,
  ): Promise<Map<string, ComputedSummary>> {
    const heads = await summaryHeads(manager, keys);
    const known = new Set(heads.map(summaryKeyOf));
    const missing = keys.find((key) => !known.has(summaryKeyOf(key)));
    if (missing)
      throw new NotFound(
        `No regional process ${missing.process} or reporting period ${missing.period}`,
      );
    const rowsOf = await this.load(manager, keys);
    const shared = await this.shared(manager);
    const computed = new Map<string, ComputedSummary>();
    for (const head of heads) {
      const rows = rowsOf(head);
      const data = buildSummary(rows, shared, today);
      computed.set(summaryKeyOf(head), { data, newestChangeAt: rows.coverage.newestChangeAt });
      // Between summaries, let the worker renew its job locks and answer its health check.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return computed;
  }

  /** Runs the queries for every summary at once; returns each summary's rows. */
  private async load(
    manager: EntityManager,
    keys: SummaryKey[],
  ): Promise<(head: SummaryRows['head']) => SummaryRows> {
    const coverage = new Map(
      (await summaryCoverage(manager, keys)).map((row) => [summaryKeyOf(row), row]),
    );
    const actions = bySummary(await actionTotals(manager, keys));
    const checklist = bySummary(await checklistTotals(manager, keys));
    const areas = bySummary(await areaTotals(manager, keys));
    const cells = bySummary(await indicatorCells(manager, keys));
    const comparisons = bySummary(await indicatorComparisons(manager, keys));
    const reported = bySummary(await memberActions(manager, keys));
    const answers = bySummary(await treatyAnswers(manager, keys));
    return (head) => {
      const key = summaryKeyOf(head);
      return {
        head,
        coverage: coverage.get(key)!,
        actions: actions.get(key) ?? [],
        checklist: checklist.get(key) ?? [],
        areas: areas.get(key) ?? [],
        cells: cells.get(key) ?? [],
        comparisons: comparisons.get(key) ?? [],
        memberActions: reported.get(key) ?? [],
        treatyAnswers: answers.get(key) ?? [],
      };
    };
  }

  private async shared(manager: EntityManager): Promise<SharedInputs> {
    return {
      indicators: await indicatorDefinitions(manager),
      treaties: {
        SOM: await this.treaties.participation('SOM', manager),
        UNTOC: await this.treaties.participation('UNTOC', manager),
      },
    };
  }
}
