import { Actor, readableCountries } from '@app/auth';
import { sqlRows } from '@app/database';
import type { WorkflowState } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { RecordSummaryView } from '../views';
import type { ReviewedTable } from './record.queries';

/** A WHERE clause and its parameters, built one condition at a time. */
export class SqlConditions {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a parameter and returns its placeholder ($1, $2…). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds `condition(placeholder)` when `value` is given. */
  when(value: unknown, condition: (placeholder: string) => string): this {
    if (value !== undefined && value !== null && value !== '')
      this.conditions.push(condition(this.param(value)));
    return this;
  }

  get clause(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/**
 * The conditions every reviewed-record list shares, on alias `t`: what the caller may read,
 * then the country, regional process (its members), period and state asked for.
 */
export function scopedConditions(
  actor: Actor,
  filter: { country?: string; process?: string; period?: string; state?: WorkflowState },
): SqlConditions {
  const readable = readableCountries(actor);
  return new SqlConditions()
    .when(readable === 'all' ? undefined : readable, (p) => `t.country_iso3 = ANY(${p}::text[])`)
    .when(filter.country, (p) => `t.country_iso3 = ${p}`)
    .when(
      filter.process,
      (p) =>
        `t.country_iso3 IN (SELECT country_iso3 FROM process_membership WHERE process_code = ${p} AND role = 'member')`,
    )
    .when(filter.period, (p) => `t.period_code = ${p}`)
    .when(filter.state, (p) => `t.state = ${p}`);
}

/** The columns every list item has, its times as stored; a kind adds its own. */
export interface ListedRow extends Omit<
  RecordSummaryView,
  'submittedAt' | 'validatedAt' | 'updatedAt'
> {
  submitted_at: Date | null;
  validated_at: Date | null;
  updated_at: Date;
  /** For the country's name in the reader's language. */
  countryIso2: string | null;
}

export interface PageQuery {
  table: ReviewedTable;
  /** The kind's own columns, on alias `t`. */
  columns: string;
  where: SqlConditions;
  /** ORDER BY, ending in the table's key so that pages never overlap. */
  order: string;
  page: number;
  pageSize: number;
}

/**
 * One page of a list and the total: one prepared statement, the total beside every row; only a
 * page past the end needs a count of its own.
 */
export async function listPage<Row extends ListedRow>(
  db: EntityManager,
  query: PageQuery,
): Promise<{ rows: Row[]; total: number }> {
  const { where, table } = query;
  const { clause } = where;
  const filterParams = [...where.params];
  const limit = where.param(query.pageSize);
  const offset = where.param((query.page - 1) * query.pageSize);
  const rows = await sqlRows<Row & { total: number }>(
    db,
    `SELECT t.country_iso3::text AS country, c.name AS "countryName", c.iso2 AS "countryIso2", t.period_code::text AS period,
            t.state, t.version, t.review_comment AS "reviewComment",
            t.submitted_at, t.validated_at, t.updated_at, ${query.columns}, count(*) OVER ()::int AS total
       FROM ${table.name} t JOIN country c ON c.iso3 = t.country_iso3 ${clause}
      ORDER BY ${query.order} LIMIT ${limit} OFFSET ${offset}`,
    where.params,
    'prepared',
  );
  if (rows.length > 0 || query.page === 1) return { rows, total: rows[0]?.total ?? 0 };
  const counted = await sqlRows<{ total: number }>(
    db,
    `SELECT count(*)::int AS total FROM ${table.name} t ${clause}`,
    filterParams,
  );
  return { rows, total: counted[0].total };
}
