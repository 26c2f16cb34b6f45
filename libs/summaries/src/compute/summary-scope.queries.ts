import type { EntityManager } from 'typeorm';

/** One regional summary: a process in a reporting period. */
export interface SummaryKey {
  process: string;
  period: string;
}

// Set-based: each query covers every summary asked for at once (one recompute or the whole
// nightly run), never a query per report or per summary. Only validated reports enter the figures.

// The summaries asked for, each process's members, and their validated reports for the period:
// every figure starts here. The pairs come as two text arrays, processes ($1) and periods (the
// last parameter, so that each query's own parameters start at $2): the planner counts the
// elements of an array parameter, where a JSON list would be guessed at a hundred pairs, and a
// recompute of one summary would scan whole tables instead of following their indexes. Periods
// are typed as the key columns (character), so that both columns of those indexes are used.
const scope = (periods: string) => `
  pairs AS (SELECT DISTINCT x.process, x.period FROM unnest($1::text[], ${periods}::bpchar[]) AS x(process, period)),
  members AS (SELECT pr.process, pr.period, m.country_iso3 AS iso3
                FROM pairs pr JOIN process_membership m ON m.process_code = pr.process AND m.role = 'member'),
  vr AS (SELECT mb.process, mb.period, r.id, r.country_iso3, r.action_code, r.status, r.areas, r.validated_at
           FROM members mb JOIN report r ON r.country_iso3 = mb.iso3 AND r.period_code = mb.period
          WHERE r.state = 'validated')`;

/** A query over the summaries asked for: the scope's CTEs first, then its own SQL. */
export const inScope = <Row>(
  db: EntityManager,
  keys: SummaryKey[],
  sql: string,
  more: unknown[] = [],
) =>
  db.query(`WITH ${scope(`$${more.length + 2}`)}${sql}`, [
    keys.map((key) => key.process),
    ...more,
    keys.map((key) => key.period),
  ]) as Promise<Row[]>;
