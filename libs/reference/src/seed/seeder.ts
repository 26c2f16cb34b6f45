import { ColumnSpec, deleteRowsNotIn, upsertRows } from '@app/database';
import { EntityManager } from 'typeorm';

export interface TableChange {
  inserted: number;
  updated: number;
  deleted: number;
}

/** What a seed changed, per table; all zeros when the data was already in place. */
export type SeedReport = Record<string, TableChange>;

/** Each column of a row with its SQL type: the row type and the column list cannot drift apart. */
export type ColumnTypes<Row> = { readonly [K in keyof Row & string]-?: string };

const specOf = (columns: Readonly<Record<string, string | undefined>>): ColumnSpec[] =>
  Object.entries(columns).flatMap(([name, type]) => (type ? [{ name, type }] : []));

/** Writes rows into tables in the caller's transaction and counts what changed. */
export class Seeder {
  readonly report: SeedReport = {};

  constructor(readonly manager: EntityManager) {}

  private record(table: string, change: Partial<TableChange>): void {
    const current = this.report[table] ?? { inserted: 0, updated: 0, deleted: 0 };
    this.report[table] = {
      inserted: current.inserted + (change.inserted ?? 0),
      updated: current.updated + (change.updated ?? 0),
      deleted: current.deleted + (change.deleted ?? 0),
    };
  }

  async sync<Row>(
    table: string,
    columns: ColumnTypes<NoInfer<Row>>,
    key: Array<keyof Row & string>,
    rows: Row[],
    options: { mode?: 'sync' | 'insert-only'; updateOnlyWhere?: string } = {},
  ): Promise<void> {
    const result = await upsertRows(this.manager, {
      table,
      columns: specOf(columns),
      key,
      rows,
      mode: options.mode ?? 'sync',
      updateOnlyWhere: options.updateOnlyWhere,
    });
    this.record(table, result);
  }

  /** Deletes the table's rows (within `scope`) whose key is not among `rows`. */
  async prune<Row>(
    table: string,
    key: Partial<ColumnTypes<NoInfer<Row>>>,
    rows: Row[],
    scope?: string,
  ): Promise<void> {
    const deleted = await deleteRowsNotIn(this.manager, {
      table,
      key: specOf(key),
      rows,
      scope,
    });
    this.record(table, { deleted });
  }
}
