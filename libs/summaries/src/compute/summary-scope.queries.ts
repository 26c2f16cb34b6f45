import type { EntityManager } from 'typeorm';

/** One regional summary: a process in a reporting period. */
export interface SummaryKey {
  process: string;
  period: string;
}

// Set-based: each query covers every summary asked for at once (one recompute or the whole
// nightly run), never a query per report or per summary. Only validated reports enter the figures.

// The summaries asked for, each process's members, and their validated reports for the period:
// every figure starts here. $1 is the list of (process, period) pairs as JSON.
const SCOPE = `
  pairs AS (SELECT DISTINCT x.process, x.period FROM jsonb_to_recordset($1::jsonb) AS x(process text, period text)),
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
) => db.query(`WITH ${SCOPE}${sql}`, [JSON.stringify(keys), ...more]) as Promise<Row[]>;
