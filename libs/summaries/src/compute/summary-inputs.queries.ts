import { ChecklistAnswer, ImplementationStatus, STATUS_SCORES } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { ChecklistTreaty } from '../domain/treaty-standings';
import { inScope, SummaryKey } from './summary-scope.queries';

/** Status scores as JSON for the queries: a status without a score (not_applicable) is absent. */
const SCORES = JSON.stringify(STATUS_SCORES);

export interface SummaryHeadRow extends SummaryKey {
  processName: string;
  dueOn: string;
  endsOn: string;
}

/** The summaries whose process and period exist. */
export const summaryHeads = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<SummaryHeadRow>(
    db,
    keys,
    `
     SELECT pr.process, pr.period, p.name AS "processName", rp.due_on AS "dueOn", rp.ends_on AS "endsOn"
       FROM pairs pr JOIN regional_process p ON p.code = pr.process JOIN reporting_period rp ON rp.code = pr.period`,
  );

export interface CoverageRow extends SummaryKey {
  memberCodes: string[];
  validated: number;
  onTime: number;
  submitted: number;
  returned: number;
  draft: number;
  newestChangeAt: Date | null;
  /** The newest change to a report or indicator set that is, or once was, validated. */
  figuresChangedAt: Date | null;
}

/** Members, validated reports (and those validated by the due date), the review backlog. */
export const summaryCoverage = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<CoverageRow>(
    db,
    keys,
    `,
     validated AS (SELECT vr.process, vr.period, count(*) AS n,
                          count(*) FILTER (WHERE (vr.validated_at AT TIME ZONE 'UTC')::date <= p.due_on) AS on_time
                     FROM vr JOIN reporting_period p ON p.code = vr.period GROUP BY 1, 2),
     states AS (SELECT mb.process, mb.period, array_agg(DISTINCT mb.iso3::text) AS codes,
                       count(r.id) FILTER (WHERE r.state = 'submitted') AS submitted,
                       count(r.id) FILTER (WHERE r.state = 'returned') AS returned,
                       count(r.id) FILTER (WHERE r.state = 'draft') AS draft,
                       max(r.updated_at) AS updated_at,
                       max(r.updated_at) FILTER (WHERE r.validated_at IS NOT NULL OR r.state = 'validated') AS figures_at
                  FROM members mb LEFT JOIN report r ON r.country_iso3 = mb.iso3 AND r.period_code = mb.period
                 GROUP BY 1, 2),
     sets AS (SELECT mb.process, mb.period, max(s.updated_at) AS updated_at,
                     max(s.updated_at) FILTER (WHERE s.validated_at IS NOT NULL OR s.state = 'validated') AS figures_at
                FROM members mb JOIN indicator_set s ON s.country_iso3 = mb.iso3 AND s.period_code = mb.period
               GROUP BY 1, 2)
     SELECT pr.process, pr.period, COALESCE(st.codes, '{}') AS "memberCodes",
            COALESCE(v.n, 0)::int AS validated, COALESCE(v.on_time, 0)::int AS "onTime",
            COALESCE(st.submitted, 0)::int AS submitted, COALESCE(st.returned, 0)::int AS returned,
            COALESCE(st.draft, 0)::int AS draft, GREATEST(st.updated_at, se.updated_at) AS "newestChangeAt",
            GREATEST(st.figures_at, se.figures_at) AS "figuresChangedAt"
       FROM pairs pr
       LEFT JOIN validated v ON v.process = pr.process AND v.period = pr.period
       LEFT JOIN states st ON st.process = pr.process AND st.period = pr.period
       LEFT JOIN sets se ON se.process = pr.process AND se.period = pr.period`,
  );

export interface ActionTotalsRow extends SummaryKey {
  code: string;
  title: string;
  reports: number;
  /** Unrounded, not_applicable left out; null when no report has a score. */
  meanScore: number | null;
  statuses: Partial<Record<ImplementationStatus, number>>;
}

/** Every action of the framework, with its validated reports' statuses and mean score. */
export const actionTotals = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<ActionTotalsRow>(
    db,
    keys,
    `,
     counted AS (SELECT vr.process, vr.period, vr.action_code, vr.status, count(*)::int AS n
                   FROM vr GROUP BY 1, 2, 3, 4)
     SELECT pr.process, pr.period, a.code, a.short_title AS title,
            COALESCE(sum(c.n), 0)::int AS reports,
            (sum(c.n * ($2::jsonb ->> c.status)::numeric) / NULLIF(sum(c.n) FILTER (WHERE $2::jsonb ? c.status), 0))::float AS "meanScore",
            COALESCE(jsonb_object_agg(c.status, c.n) FILTER (WHERE c.status IS NOT NULL), '{}') AS statuses
       FROM pairs pr CROSS JOIN action a
       LEFT JOIN counted c ON c.process = pr.process AND c.period = pr.period AND c.action_code = a.code
      GROUP BY pr.process, pr.period, a.code ORDER BY a.code`,
    [SCORES],
  );

export interface ChecklistTotalsRow extends SummaryKey {
  item: string;
  text: string;
  action: string;
  yes: number;
  partial: number;
  no: number;
  unknown: number;
}

/** Every checklist item, with how the validated reports answered it. */
export const checklistTotals = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<ChecklistTotalsRow>(
    db,
    keys,
    `,
     answers AS (SELECT vr.process, vr.period, x.item_code,
                        count(*) FILTER (WHERE x.answer = 'yes') AS yes,
                        count(*) FILTER (WHERE x.answer = 'partial') AS partial,
                        count(*) FILTER (WHERE x.answer = 'no') AS no,
                        count(*) FILTER (WHERE x.answer = 'unknown') AS unknown
                   FROM vr JOIN report_checklist_answer x ON x.report_id = vr.id GROUP BY 1, 2, 3)
     SELECT pr.process, pr.period, i.code AS item, i.text, i.action_code::text AS action,
            COALESCE(x.yes, 0)::int AS yes, COALESCE(x.partial, 0)::int AS partial,
            COALESCE(x.no, 0)::int AS no, COALESCE(x.unknown, 0)::int AS unknown
       FROM pairs pr CROSS JOIN checklist_item i
       LEFT JOIN answers x ON x.process = pr.process AND x.period = pr.period AND x.item_code = i.code
      ORDER BY i.sort_order`,
  );

export interface AreaTotalsRow extends SummaryKey {
  code: number;
  nameEn: string;
  nameEs: string;
  /** Unrounded mean status score of the measures serving the area; null without any. */
  score: number | null;
  measures: number;
  evidence: number;
  actions: string[];
  /** The previous period's score over all its measures. */
  previousScore: number | null;
  /** Like for like: the score over the comparable members' measures, now minus then. */
  change: number | null;
  comparableMembers: number;
}

/**
 * Every Work Plan area, with the measures serving it in the period and the one before: validated
 * reports whose status has a score (not_applicable is no measure). A report serves its own area
 * tags, its action's areas, and the area of a checklist item it answers yes or partial (d7:
 * detention). The change is like for like, over the members with measures in both periods.
 */
export const areaTotals = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<AreaTotalsRow>(
    db,
    keys,
    `,
     measures AS (SELECT pr.process, pr.period, y.which, r.id, r.country_iso3, r.action_code, r.status, r.areas
                    FROM pairs pr
                   CROSS JOIN LATERAL (VALUES ('current', pr.period), ('previous', to_char(pr.period::int - 1, 'FM0000'))) AS y(which, data_period)
                    JOIN process_membership m ON m.process_code = pr.process AND m.role = 'member'
                    JOIN report r ON r.country_iso3 = m.country_iso3 AND r.period_code = y.data_period
                   WHERE r.state = 'validated' AND $2::jsonb ? r.status),
     own_areas AS (SELECT a.report_id, array_agg(DISTINCT i.area_code) AS areas
                     FROM report_checklist_answer a JOIN checklist_item i ON i.code = a.item_code
                    WHERE i.area_code IS NOT NULL AND a.answer IN ('yes', 'partial')
                      AND a.report_id IN (SELECT id FROM measures)
                    GROUP BY a.report_id),
     mapped AS (SELECT action_code, array_agg(area_code) AS areas FROM action_area GROUP BY action_code),
     contributions AS (
       SELECT DISTINCT ms.process, ms.period, ms.which, ms.id, ms.country_iso3, ms.action_code,
              ($2::jsonb ->> ms.status)::numeric AS score, area
         FROM measures ms LEFT JOIN mapped mp ON mp.action_code = ms.action_code
         LEFT JOIN own_areas o ON o.report_id = ms.id,
         LATERAL unnest(ms.areas || COALESCE(mp.areas, '{}') || COALESCE(o.areas, '{}')) AS area),
     comparable AS (SELECT process, period, area, country_iso3 FROM contributions
                     GROUP BY 1, 2, 3, 4 HAVING count(DISTINCT which) = 2),
     scored AS (SELECT c.*, cm.country_iso3 IS NOT NULL AS comparable
                  FROM contributions c LEFT JOIN comparable cm
                    ON cm.process = c.process AND cm.period = c.period AND cm.area = c.area AND cm.country_iso3 = c.country_iso3),
     evidence AS (SELECT e.report_id, count(*)::int AS n FROM report_evidence e
                   WHERE e.report_id IN (SELECT id FROM measures) GROUP BY e.report_id),
     feeding AS (SELECT area_code AS area, action_code::text AS action FROM action_area
                 UNION SELECT area_code, action_code::text FROM checklist_item WHERE area_code IS NOT NULL)
     SELECT pr.process, pr.period, w.code, w.name_en AS "nameEn", COALESCE(t.text, w.name_en) AS "nameEs",
            (avg(s.score) FILTER (WHERE s.which = 'current'))::float AS score,
            count(s.id) FILTER (WHERE s.which = 'current')::int AS measures,
            COALESCE(sum(e.n) FILTER (WHERE s.which = 'current'), 0)::int AS evidence,
            ARRAY(SELECT DISTINCT a FROM unnest(
                     array_agg(s.action_code::text) FILTER (WHERE s.which = 'current')
                     || ARRAY(SELECT f.action FROM feeding f WHERE f.area = w.code)) AS a ORDER BY a) AS actions,
            (avg(s.score) FILTER (WHERE s.which = 'previous'))::float AS "previousScore",
            (avg(s.score) FILTER (WHERE s.which = 'current' AND s.comparable)
              - avg(s.score) FILTER (WHERE s.which = 'previous' AND s.comparable))::float AS change,
            count(DISTINCT s.country_iso3) FILTER (WHERE s.comparable)::int AS "comparableMembers"
       FROM pairs pr CROSS JOIN work_plan_area w
       LEFT JOIN framework_translation t
         ON t.subject = 'work_plan_area' AND t.code = w.code::text AND t.field = 'name' AND t.locale = 'es'
       LEFT JOIN scored s ON s.process = pr.process AND s.period = pr.period AND s.area = w.code
       LEFT JOIN evidence e ON e.report_id = s.id
      GROUP BY pr.process, pr.period, w.code, t.text ORDER BY w.code`,
    [SCORES],
  );

export interface MemberActionsRow extends SummaryKey {
  iso3: string;
  /** The actions the member has a validated report on. */
  actions: string[];
}

export const memberActions = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<MemberActionsRow>(
    db,
    keys,
    `
     SELECT mb.process, mb.period, mb.iso3::text AS iso3,
            COALESCE(array_agg(vr.action_code::text ORDER BY vr.action_code) FILTER (WHERE vr.id IS NOT NULL), '{}') AS actions
       FROM members mb LEFT JOIN vr ON vr.process = mb.process AND vr.period = mb.period AND vr.country_iso3 = mb.iso3
      GROUP BY 1, 2, 3 ORDER BY 3`,
  );

export interface TreatyAnswerRow extends SummaryKey {
  country: string;
  item: string;
  answer: ChecklistAnswer;
  treaty: ChecklistTreaty;
}

/** Validated answers to the checklist items pre-filled from treaty data. */
export const treatyAnswers = (db: EntityManager, keys: SummaryKey[]) =>
  inScope<TreatyAnswerRow>(
    db,
    keys,
    `
     SELECT vr.process, vr.period, vr.country_iso3::text AS country, x.item_code AS item, x.answer,
            substring(i.prefill FROM 'treaty:(.*)') AS treaty
       FROM vr JOIN report_checklist_answer x ON x.report_id = vr.id JOIN checklist_item i ON i.code = x.item_code
      WHERE i.prefill IS NOT NULL ORDER BY 3, 4`,
  );
