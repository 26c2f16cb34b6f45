import { EntityManager } from 'typeorm';
import { sqlRow, sqlRows } from './sql';

export interface ColumnSpec {
  name: string;
  /** PostgreSQL type, used to read the column out of the JSON rows. */
  type: string;
}

export interface UpsertSpec<Row> {
  table: string;
  columns: readonly ColumnSpec[];
  key: readonly string[];
  rows: readonly Row[];
  /** `sync`: changed rows are updated; `insert-only`: existing rows are left as they are. */
  mode: 'sync' | 'insert-only';
  /** Extra condition an existing row must meet to be updated, on alias `t` (e.g. origin). */
  updateOnlyWhere?: string;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Writes many rows in one statement. A row equal to the stored one is not touched, so running
 * the same data twice changes nothing.
 */
export async function upsertRows<Row>(
  manager: EntityManager,
  spec: UpsertSpec<Row>,
): Promise<UpsertResult> {
  if (spec.rows.length === 0) return { inserted: 0, updated: 0 };
  const names = spec.columns.map((column) => quote(column.name));
  const recordType = spec.columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ');
  const nonKey = spec.columns.map((c) => c.name).filter((name) => !spec.key.includes(name));
  const table = quote(spec.table);
  let conflict: string;
  if (spec.mode === 'insert-only' || nonKey.length === 0) {
    conflict = 'DO NOTHING';
  } else {
    const assignments = nonKey.map((name) => `${quote(name)} = EXCLUDED.${quote(name)}`).join(', ');
    const current = nonKey.map((name) => `t.${quote(name)}`).join(', ');
    const incoming = nonKey.map((name) => `EXCLUDED.${quote(name)}`).join(', ');
    const extra = spec.updateOnlyWhere ? ` AND (${spec.updateOnlyWhere})` : '';
    conflict = `DO UPDATE SET ${assignments} WHERE ROW(${current}) IS DISTINCT FROM ROW(${incoming})${extra}`;
  }
  const result = await sqlRows<{ inserted: boolean }>(
    manager,
    `INSERT INTO ${table} AS t (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
     ON CONFLICT (${spec.key.map(quote).join(', ')}) ${conflict}
     RETURNING (xmax = 0) AS inserted`,
    [JSON.stringify(spec.rows)],
  );
  const inserted = result.filter((row) => row.inserted).length;
  return { inserted, updated: result.length - inserted };
}

/** Deletes rows (matching `scope`) whose key is not among `rows`; returns how many. */
export async function deleteRowsNotIn<Row>(
  manager: EntityManager,
  spec: { table: string; key: readonly ColumnSpec[]; rows: readonly Row[]; scope?: string },
): Promise<number> {
  const recordType = spec.key.map((c) => `${quote(c.name)} ${c.type}`).join(', ');
  const match = spec.key.map((c) => `r.${quote(c.name)} = t.${quote(c.name)}`).join(' AND ');
  const scope = spec.scope ? ` AND (${spec.scope})` : '';
  const counted = await sqlRow<{ deleted: number }>(
    manager,
    `WITH gone AS (
       DELETE FROM ${quote(spec.table)} AS t
        WHERE NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS r(${recordType}) WHERE ${match})${scope}
       RETURNING 1)
     SELECT count(*)::int AS deleted FROM gone`,
    [JSON.stringify(spec.rows)],
  );
  return counted?.deleted ?? 0;
}
