import { sqlRow } from '@app/database';
import type { WorkflowState } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { IndicatorSetKey, ReportKey } from '../import-types';

export interface KeyStanding {
  country_known: boolean;
  period_state: 'open' | 'closed' | null;
  version: number | null;
  state: WorkflowState | null;
}

/** Whether a report's key names a country and a period, and the report's version and state. */
export async function selectKeyStanding(db: EntityManager, key: ReportKey): Promise<KeyStanding> {
  return (await sqlRow<KeyStanding>(
    db,
    `SELECT EXISTS (SELECT 1 FROM country WHERE iso3 = $1) AS country_known,
            (SELECT state FROM reporting_period WHERE code = $2) AS period_state,
            r.version, r.state
       FROM (SELECT 1) one
       LEFT JOIN report r ON r.country_iso3 = $1 AND r.period_code = $2 AND r.action_code = $3`,
    [key.country, key.period, key.action],
  ))!;
}

/** The same for a country's indicator values for a period. */
export async function selectIndicatorSetStanding(
  db: EntityManager,
  key: IndicatorSetKey,
): Promise<KeyStanding> {
  return (await sqlRow<KeyStanding>(
    db,
    `SELECT EXISTS (SELECT 1 FROM country WHERE iso3 = $1) AS country_known,
            (SELECT state FROM reporting_period WHERE code = $2) AS period_state,
            s.version, s.state
       FROM (SELECT 1) one
       LEFT JOIN indicator_set s ON s.country_iso3 = $1 AND s.period_code = $2`,
    [key.country, key.period],
  ))!;
}
