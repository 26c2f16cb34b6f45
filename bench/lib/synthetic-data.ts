import { DataSource } from 'typeorm';

export const SYNTHETIC_PROCESSES = 20;

export interface SyntheticDataset {
  processes: string[];
  periods: string[];
  states: number;
  reports: number;
  checklistAnswers: number;
  evidence: number;
  indicatorValues: number;
}

// A stable pseudo-random integer in [0, n) from a key: the same dataset on every run.
const pick = (key: string, n: number) => `(abs(hashtext(${key})) % ${n})`;

/**
 * A dataset of the shape the tracker will hold at full use: every UN member State in twenty
 * synthetic regional processes (two each), every period, a validated report on every action
 * with every checklist item answered and two evidence items, and validated values for every
 * indicator with every sex × age cell. Written with set-based SQL in one transaction.
 */
export async function generateSyntheticData(dataSource: DataSource): Promise<SyntheticDataset> {
  return dataSource.transaction(async (manager) => {
    const [{ id: admin }] = await manager.query(
      `SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1`,
    );
    await manager.query(
      `INSERT INTO regional_process (code, name, sort_order)
       SELECT format('BENCH%s', lpad(i::text, 2, '0')), format('Synthetic process %s', i), 1000 + i
         FROM generate_series(1, ${SYNTHETIC_PROCESSES}) AS i`,
    );
    await manager.query(
      `WITH states AS (SELECT iso3, row_number() OVER (ORDER BY iso3) AS n FROM country WHERE un_member)
       INSERT INTO process_membership (process_code, country_iso3, role, role_in_source, name_in_source, source_id, source_date)
       SELECT DISTINCT format('BENCH%s', lpad(v.p::text, 2, '0')), s.iso3, 'member', 'member (synthetic)', s.iso3,
              (SELECT source_id FROM process_membership ORDER BY 1 LIMIT 1), 'synthetic'
         FROM states s, LATERAL (VALUES (s.n % ${SYNTHETIC_PROCESSES} + 1), ((s.n * 7 + 3) % ${SYNTHETIC_PROCESSES} + 1)) AS v(p)`,
    );
    await manager.query(
      `INSERT INTO report (country_iso3, period_code, action_code, status, narrative, areas, state, version,
                           submitted_at, submitted_by, reviewed_at, reviewed_by, validated_at, validated_by,
                           created_by, updated_by)
       SELECT c.iso3, p.code, a.code,
              (ARRAY['not_started','planned','in_progress','partially_implemented','implemented','not_applicable'])[1 + ${pick(`c.iso3 || p.code || a.code`, 6)}],
              'Synthetic narrative for the benchmark.',
              ARRAY(SELECT x.area_code FROM action_area x WHERE x.action_code = a.code ORDER BY 1)::smallint[],
              'validated', 3, p.due_on - 30, $1, p.due_on - 10, $1,
              p.due_on - 20 + ${pick(`a.code || c.iso3`, 40)}, $1, $1, $1
         FROM country c, reporting_period p, action a WHERE c.un_member`,
      [admin],
    );
    await manager.query(
      `INSERT INTO report_checklist_answer (report_id, item_code, answer, note)
       SELECT r.id, i.code, (ARRAY['yes','partial','no','unknown'])[1 + ${pick(`r.id::text || i.code`, 4)}], 'Synthetic note'
         FROM report r JOIN checklist_item i ON i.action_code = r.action_code`,
    );
    await manager.query(
      `INSERT INTO report_evidence (report_id, position, kind, title, url, date, reference)
       SELECT r.id, n, (ARRAY['legislation','policy','statistics','training'])[1 + ${pick(`r.id::text || n`, 4)}],
              format('Synthetic evidence %s', n), 'https://example.org/evidence', DATE '2020-01-01' + n, 'art. 1'
         FROM report r, generate_series(1, 2) AS n`,
    );
    await manager.query(
      `INSERT INTO indicator_set (country_iso3, period_code, state, version, submitted_at, submitted_by,
                                  reviewed_at, reviewed_by, validated_at, validated_by, created_by, updated_by)
       SELECT c.iso3, p.code, 'validated', 3, p.due_on - 30, $1, p.due_on - 10, $1, p.due_on - 10, $1, $1, $1
         FROM country c, reporting_period p WHERE c.un_member`,
      [admin],
    );
    // The parts first (every cell the indicator's disaggregation has), then their totals.
    await manager.query(
      `INSERT INTO indicator_value (country_iso3, period_code, indicator_code, sex, age_group, value)
       SELECT s.country_iso3, s.period_code, i.code, cell.sex, cell.age, ${pick(`s.country_iso3 || s.period_code || i.code || cell.sex || cell.age`, 50)}
         FROM indicator_set s CROSS JOIN indicator i
         CROSS JOIN LATERAL (
           SELECT sex, age FROM unnest(ARRAY['female','male','unknown']) AS sex,
                  unnest(CASE i.disaggregation WHEN 'sex_age' THEN ARRAY['child','adult','unknown'] ELSE ARRAY['all'] END) AS age
            WHERE i.disaggregation <> 'none'
           UNION ALL SELECT 'all', 'all' WHERE i.disaggregation = 'none') AS cell`,
    );
    await manager.query(
      `INSERT INTO indicator_value (country_iso3, period_code, indicator_code, sex, age_group, value)
       SELECT v.country_iso3, v.period_code, v.indicator_code, 'all', 'all', sum(v.value)
         FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code AND i.disaggregation <> 'none'
        GROUP BY 1, 2, 3`,
    );
    const [counts] = await manager.query(
      `SELECT (SELECT count(*) FROM country WHERE un_member)::int AS states,
              (SELECT count(*) FROM report)::int AS reports,
              (SELECT count(*) FROM report_checklist_answer)::int AS "checklistAnswers",
              (SELECT count(*) FROM report_evidence)::int AS evidence,
              (SELECT count(*) FROM indicator_value)::int AS "indicatorValues",
              ARRAY(SELECT code FROM regional_process WHERE code LIKE 'BENCH%' ORDER BY code) AS processes,
              ARRAY(SELECT code::text FROM reporting_period ORDER BY code) AS periods`,
    );
    return counts;
  });
}
