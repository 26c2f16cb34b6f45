import { readableCountries, type Actor } from '@app/auth';
import { placeName, type WorkflowState } from '@app/domain';
import { InjectReadDatabase } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ListView, RecordSummaryView } from '../views';
import { ListedRow, listPage, scopedConditions, SqlConditions } from './list.queries';
import { RecordListsCache } from './record-lists-cache';
import type { ReviewedTable } from './record.queries';
import { iso } from './reviewed-view';

/** The filters and paging of every list of reviewed records. */
export interface RecordFilter {
  country?: string;
  process?: string;
  period?: string;
  state?: WorkflowState;
  /** A sort of the kind's, `-` first for descending. */
  sort?: string;
  page: number;
  pageSize: number;
}

/** The sorts every list has, as columns on alias `t`. */
export const RECORD_SORT_COLUMNS = {
  submittedAt: 't.submitted_at',
  updatedAt: 't.updated_at',
  country: 't.country_iso3',
  period: 't.period_code',
} as const;

/** How one kind of record is listed: its own columns, sorts and filters. */
export interface ListSpec<Filter extends RecordFilter, Row extends ListedRow, Item> {
  table: ReviewedTable;
  /** The kind's own columns, on alias `t`. */
  columns: string;
  sortColumns: Readonly<Record<string, string>>;
  /** Adds the kind's own filters. */
  where(conditions: SqlConditions, filter: Filter): SqlConditions;
  /** The kind's own fields of an item. */
  item(row: Row): Omit<Item, keyof RecordSummaryView>;
}

/**
 * Records the caller may read, filtered and paged; `state=submitted` is the review queue, oldest
 * first. Read from the replica when there is one (a list may trail a save by the replication
 * lag); otherwise from the primary, through the process's cache of pages (RecordListsCache).
 */
@Injectable()
export class ListRecords {
  constructor(
    @InjectReadDatabase() private readonly dataSource: DataSource,
    private readonly cache: RecordListsCache,
  ) {}

  execute<Filter extends RecordFilter, Row extends ListedRow, Item extends RecordSummaryView>(
    spec: ListSpec<Filter, Row, Item>,
    actor: Actor,
    filter: Filter,
  ): Promise<ListView<Item>> {
    // What the page depends on besides the table: who reads it (scope, role, language) and how.
    const readable = readableCountries(actor);
    const reader = `${actor.role}|${readable === 'all' ? readable : [...readable].sort()}|${actor.locale}`;
    return this.cache.load(spec.table, filter.period, `${reader}|${JSON.stringify(filter)}`, () =>
      readRecordList(this.dataSource.manager, spec, actor, filter),
    );
  }
}

/** One page of a list, as the database has it now: one statement (see listPage). */
export async function readRecordList<
  Filter extends RecordFilter,
  Row extends ListedRow,
  Item extends RecordSummaryView,
>(
  db: EntityManager,
  spec: ListSpec<Filter, Row, Item>,
  actor: Actor,
  filter: Filter,
): Promise<ListView<Item>> {
  const sort = filter.sort ?? (filter.state === 'submitted' ? 'submittedAt' : '-updatedAt');
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const keyOrder = spec.table.key.map((column) => `t.${column}`).join(', ');
  const { rows, total } = await listPage<Row>(db, {
    table: spec.table,
    columns: spec.columns,
    where: spec.where(scopedConditions(actor, filter), filter),
    order: `${spec.sortColumns[sort.replace(/^-/, '')]} ${direction} NULLS LAST, ${keyOrder}`,
    page: filter.page,
    pageSize: filter.pageSize,
  });
  const items = rows.map(
    (row) =>
      ({
        country: row.country,
        countryName: placeName(actor.locale, row.countryIso2, row.countryName),
        period: row.period,
        state: row.state,
        version: row.version,
        reviewComment: row.reviewComment,
        submittedAt: iso(row.submitted_at),
        validatedAt: iso(row.validated_at),
        updatedAt: row.updated_at.toISOString(),
        ...spec.item(row),
      }) as Item,
  );
  return { items, total, page: filter.page, pageSize: filter.pageSize };
}
