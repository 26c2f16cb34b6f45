import { sqlRow, sqlRows } from '@app/database';
import type { IndicatorCell, IndicatorDefinition, IndicatorValueInput } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { openThreadsColumn } from '../core/record-comments.queries';
import { REVIEWED_COLUMNS, REVIEWED_JOINS, ReviewedRow } from '../core/record.queries';

export interface IndicatorSetKey {
  country: string;
  period: string;
}

/** A country's indicator values for a period: the set's review, its cells in indicator order. */
export interface IndicatorSetRow extends ReviewedRow {
  validated_content: IndicatorValueInput[] | null;
  cells: IndicatorCell[];
}

export function selectIndicatorSet(
  db: EntityManager,
  key: IndicatorSetKey,
): Promise<IndicatorSetRow | undefined> {
  return sqlRow<IndicatorSetRow>(
    db,
    `SELECT ${REVIEWED_COLUMNS}, t.validated_content,
            ${openThreadsColumn('indicator_set', "t.country_iso3 || '/' || t.period_code")},
            COALESCE((SELECT json_agg(json_build_object('indicator', v.indicator_code, 'sex', v.sex,
                                                        'ageGroup', v.age_group, 'value', v.value,
                                                        'sensitivity', v.sensitivity)
                                      ORDER BY i.sort_order)
                        FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
                       WHERE v.country_iso3 = t.country_iso3 AND v.period_code = t.period_code), '[]') AS cells
       FROM indicator_set t ${REVIEWED_JOINS}
      WHERE t.country_iso3 = $1 AND t.period_code = $2`,
    [key.country, key.period],
    'prepared',
  );
}

/** The cells of a set, in the indicators' order. */
export function selectIndicatorCells(
  db: EntityManager,
  key: IndicatorSetKey,
): Promise<IndicatorCell[]> {
  return sqlRows<IndicatorCell>(
    db,
    `SELECT v.indicator_code AS indicator, v.sex, v.age_group AS "ageGroup", v.value, v.sensitivity
       FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
      WHERE v.country_iso3 = $1 AND v.period_code = $2 ORDER BY i.sort_order`,
    [key.country, key.period],
  );
}

/** Every indicator and its disaggregation, in their order. */
export function selectIndicatorDefinitions(db: EntityManager): Promise<IndicatorDefinition[]> {
  return sqlRows<IndicatorDefinition>(
    db,
    `SELECT code, disaggregation FROM indicator ORDER BY sort_order`,
  );
}

/** Creates the set and its values, unless someone just created it (then false). */
export async function createIndicatorSet(
  db: EntityManager,
  key: IndicatorSetKey,
  cells: IndicatorCell[],
  actorId: string,
): Promise<boolean> {
  const inserted = await sqlRows(
    db,
    `INSERT INTO indicator_set (country_iso3, period_code, created_by, updated_by) VALUES ($1, $2, $3, $3)
     ON CONFLICT DO NOTHING RETURNING version`,
    [key.country, key.period, actorId],
  );
  if (inserted.length === 0) return false;
  await insertValues(db, key, cells);
  return true;
}

/** One version up, and the set's values replaced by these cells. */
export async function updateIndicatorSet(
  db: EntityManager,
  key: IndicatorSetKey,
  cells: IndicatorCell[],
  actorId: string,
): Promise<void> {
  await sqlRows(
    db,
    `UPDATE indicator_set SET version = version + 1, updated_at = now(), updated_by = $3
      WHERE country_iso3 = $1 AND period_code = $2`,
    [key.country, key.period, actorId],
  );
  await sqlRows(db, `DELETE FROM indicator_value WHERE country_iso3 = $1 AND period_code = $2`, [
    key.country,
    key.period,
  ]);
  await insertValues(db, key, cells);
}

async function insertValues(
  db: EntityManager,
  key: IndicatorSetKey,
  cells: IndicatorCell[],
): Promise<void> {
  if (cells.length === 0) return;
  await sqlRows(
    db,
    `INSERT INTO indicator_value (country_iso3, period_code, indicator_code, sex, age_group, value, sensitivity)
     SELECT $1, $2, x.indicator, x.sex, x."ageGroup", x.value, x.sensitivity
       FROM jsonb_to_recordset($3::jsonb) AS x(indicator text, sex text, "ageGroup" text, value int, sensitivity text)`,
    [key.country, key.period, JSON.stringify(cells)],
  );
}
