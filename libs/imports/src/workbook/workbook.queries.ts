import { sqlRows } from '@app/database';
import type { WorkflowState } from '@app/domain';
import type { EntityManager } from 'typeorm';

export interface ReportStateRow {
  action: string;
  version: number;
  state: WorkflowState;
}

/** The version and state of each report a country has for a period. */
export function selectReportStates(
  db: EntityManager,
  country: string,
  period: string,
): Promise<ReportStateRow[]> {
  return sqlRows<ReportStateRow>(
    db,
    `SELECT action_code::text AS action, version, state FROM report
      WHERE country_iso3 = $1 AND period_code = $2 ORDER BY action_code`,
    [country, period],
  );
}

/** The version and state of the country's indicator values for a period, if it has any. */
export async function selectIndicatorSetState(
  db: EntityManager,
  country: string,
  period: string,
): Promise<Omit<ReportStateRow, 'action'> | undefined> {
  const [row] = await sqlRows<Omit<ReportStateRow, 'action'>>(
    db,
    `SELECT version, state FROM indicator_set WHERE country_iso3 = $1 AND period_code = $2`,
    [country, period],
  );
  return row;
}

/** Whether the country and the period exist: a workbook for neither is a 404. */
export async function keyExists(
  db: EntityManager,
  country: string,
  period: string,
): Promise<{ country: boolean; period: boolean }> {
  const [row] = await sqlRows<{ country: boolean; period: boolean }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM country WHERE iso3 = $1) AS country,
            EXISTS (SELECT 1 FROM reporting_period WHERE code = $2) AS period`,
    [country, period],
  );
  return row!;
}
