import { sensitivitiesShownTo, SHARED_AUDIENCE } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { IndicatorCellSum, IndicatorDefinitionRow } from '../domain/indicator-totals';
import { inScope, SummaryKey } from './summary-scope.queries';

export interface IndicatorCellRow extends SummaryKey, Omit<IndicatorCellSum, 'period'> {
  /** The period of the values: the summary's, or the one before it. */
  cellPeriod: string;
}

/**
 * A summary is read by anyone signed in and published as it is: it counts only the values the
 * sensitivity policy shows its least entitled reader ($2).
 */
const SHOWN_LEVELS = sensitivitiesShownTo(SHARED_AUDIENCE);

/**
 * Validated indicator values summed once per process and period, then handed to the summary of
 * that period and of the next (its "previous period"). A cell's key is unique per country, so
 * count(*) counts members.
 */
export const indicatorCells = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<IndicatorCellRow>(
    db,
    keys,
    `,
     wanted AS (SELECT DISTINCT pr.process, y.period FROM pairs pr,
                       LATERAL (VALUES (pr.period), (to_char(pr.period::int - 1, 'FM0000'))) AS y(period)),
     sums AS (SELECT w.process, w.period, v.indicator_code, v.sex, v.age_group, sum(v.value) AS total, count(*) AS countries
                FROM wanted w
                JOIN process_membership m ON m.process_code = w.process AND m.role = 'member'
                JOIN indicator_set s ON s.country_iso3 = m.country_iso3 AND s.period_code = w.period AND s.state = 'validated'
                JOIN indicator_value v ON v.country_iso3 = s.country_iso3 AND v.period_code = s.period_code
                                      AND v.sensitivity = ANY($2::text[])
               GROUP BY 1, 2, 3, 4, 5)
     SELECT pr.process, pr.period, c.period AS "cellPeriod", c.indicator_code AS indicator, c.sex,
            c.age_group AS "ageGroup", c.total::float AS total, c.countries::int AS countries
       FROM pairs pr JOIN sums c ON c.process = pr.process
                                AND c.period IN (pr.period, to_char(pr.period::int - 1, 'FM0000'))`,
    [SHOWN_LEVELS],
  );

export interface IndicatorComparisonRow extends SummaryKey {
  indicator: string;
  /** Sum of the totals of the members that gave a split by sex (or sex and age); null if none. */
  splitTotal: number | null;
  /** Members with validated values for the indicator in this period and the one before. */
  comparableMembers: number;
  /** Their total this period minus their total the period before; null without any. */
  change: number | null;
}

/**
 * Per indicator, what needs each member's own values: the part of the total that has a split,
 * and the change over the members with validated values in both periods (like for like).
 */
export const indicatorComparisons = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<IndicatorComparisonRow>(
    db,
    keys,
    `,
     totals AS (SELECT pr.process, pr.period, y.which, v.country_iso3, v.indicator_code, v.value,
                       EXISTS (SELECT 1 FROM indicator_value d
                                WHERE d.country_iso3 = v.country_iso3 AND d.period_code = v.period_code
                                  AND d.indicator_code = v.indicator_code AND d.sex <> 'all') AS split
                  FROM pairs pr
                 CROSS JOIN LATERAL (VALUES ('current', pr.period), ('previous', to_char(pr.period::int - 1, 'FM0000'))) AS y(which, data_period)
                  JOIN process_membership m ON m.process_code = pr.process AND m.role = 'member'
                  JOIN indicator_set s ON s.country_iso3 = m.country_iso3 AND s.period_code = y.data_period AND s.state = 'validated'
                  JOIN indicator_value v ON v.country_iso3 = s.country_iso3 AND v.period_code = s.period_code
                                        AND v.sex = 'all' AND v.age_group = 'all'
                                        AND v.sensitivity = ANY($2::text[])),
     -- One row per member and indicator with both periods side by side: grouping, not a join of
     -- the CTE with itself, which has no index and grows with the square of the members.
     paired AS (SELECT process, period, country_iso3, indicator_code,
                       sum(value) FILTER (WHERE which = 'current') AS current_total,
                       bool_or(split) FILTER (WHERE which = 'current') AS split,
                       sum(value) FILTER (WHERE which = 'previous') AS previous_total
                  FROM totals GROUP BY 1, 2, 3, 4)
     SELECT process, period, indicator_code AS indicator,
            (sum(current_total) FILTER (WHERE split))::float AS "splitTotal",
            count(previous_total)::int AS "comparableMembers",
            (sum(current_total) FILTER (WHERE previous_total IS NOT NULL) - sum(previous_total))::float AS change
       FROM paired
      WHERE current_total IS NOT NULL
      GROUP BY 1, 2, 3`,
    [SHOWN_LEVELS],
  );

/** The framework's indicators, in their order. */
export const indicatorDefinitions = (db: EntityManager): Promise<IndicatorDefinitionRow[]> =>
  db.query(`SELECT code, name, disaggregation FROM indicator ORDER BY sort_order`);
