import {
  ParticipationRecord,
  TreatiesService,
  TreatyStanding,
  treatyStatusAsOf,
} from '@app/reference';
import { STATUS_SCORES, treatyMismatch } from '@app/reporting';
import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IndicatorCellSum, indicatorTotals } from './domain/indicator-totals';
import type {
  ActionSummaryView,
  AreaSummaryView,
  ChecklistCoverageView,
  ProtocolSummaryView,
  SummaryData,
  TreatyMismatchView,
} from './summary-data';

export interface SummaryKey {
  process: string;
  period: string;
}

export interface ComputedSummary {
  data: SummaryData;
  newestChangeAt: Date | null;
}

const keyOf = (row: SummaryKey) => `${row.process}/${row.period}`;
const round = (value: number | null, digits = 2): number | null =>
  value === null || Number.isNaN(value) ? null : Number(value.toFixed(digits));
const percent = (score: number | null) => (score === null ? null : round((score / 4) * 100, 1));
const ACTIONS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Rows of one query, grouped by the summary they belong to. */
function bySummary<T extends SummaryKey>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

// The summaries asked for, each process's members, and their validated reports for the period:
// every figure starts here. $1 is the list of (process, period) pairs as JSON.
const SCOPE = `
  pairs AS (SELECT DISTINCT x.process, x.period FROM jsonb_to_recordset($1::jsonb) AS x(process text, period text)),
  members AS (SELECT pr.process, pr.period, m.country_iso3 AS iso3
                FROM pairs pr JOIN process_membership m ON m.process_code = pr.process AND m.role = 'member'),
  vr AS (SELECT mb.process, mb.period, r.id, r.country_iso3, r.action_code, r.status, r.areas, r.validated_at
           FROM members mb JOIN report r ON r.country_iso3 = mb.iso3 AND r.period_code = mb.period
          WHERE r.state = 'validated')`;

interface HeadRow extends SummaryKey {
  processName: string;
  dueOn: string;
  endsOn: string;
}
interface CoverageRow extends SummaryKey {
  memberCodes: string[];
  validated: number;
  onTime: number;
  submitted: number;
  returned: number;
  draft: number;
  newestChangeAt: Date | null;
}
interface ActionRow extends SummaryKey {
  code: string;
  title: string;
  reports: number;
  meanScore: number | null;
  statuses: Record<string, number>;
}
interface ChecklistRow extends SummaryKey {
  item: string;
  text: string;
  action: string;
  yes: number;
  partial: number;
  no: number;
  unknown: number;
}
interface AreaRow extends SummaryKey {
  code: number;
  nameEn: string;
  nameEs: string;
  score: number | null;
  measures: number;
  evidence: number;
  actions: string[];
}
interface MemberActionsRow extends SummaryKey {
  iso3: string;
  actions: string[];
}
interface TreatyAnswerRow extends SummaryKey {
  country: string;
  item: string;
  answer: 'yes' | 'partial' | 'no' | 'unknown';
  treaty: 'SOM' | 'UNTOC';
}
interface IndicatorCellRow extends SummaryKey, Omit<IndicatorCellSum, 'period'> {
  /** The period of the values: the summary's, or the one before it. */
  cellPeriod: string;
}

/**
 * Computes regional summaries with set-based queries: each query covers every summary asked for
 * at once (one recompute or the whole nightly run), never a query per report or per summary.
 * Only validated data enters the figures.
 */
@Injectable()
export class SummaryCalculator {
  constructor(private readonly treaties: TreatiesService) {}

  async compute(
    manager: EntityManager,
    keys: SummaryKey[],
    today: string,
  ): Promise<Map<string, ComputedSummary>> {
    const pairs = JSON.stringify(keys);
    const scores = JSON.stringify(STATUS_SCORES);
    const query = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
      manager.query(sql, [pairs, ...parameters]);

    const heads = await query<HeadRow>(
      `WITH ${SCOPE}
       SELECT pr.process, pr.period, p.name AS "processName", rp.due_on AS "dueOn", rp.ends_on AS "endsOn"
         FROM pairs pr JOIN regional_process p ON p.code = pr.process JOIN reporting_period rp ON rp.code = pr.period`,
    );
    const missing = keys.find((key) => !heads.some((head) => keyOf(head) === keyOf(key)));
    if (missing)
      throw new NotFoundException(
        `No regional process ${missing.process} or reporting period ${missing.period}`,
      );

    const coverage = await query<CoverageRow>(
      `WITH ${SCOPE},
       validated AS (SELECT vr.process, vr.period, count(*) AS n,
                            count(*) FILTER (WHERE (vr.validated_at AT TIME ZONE 'UTC')::date <= p.due_on) AS on_time
                       FROM vr JOIN reporting_period p ON p.code = vr.period GROUP BY 1, 2),
       states AS (SELECT mb.process, mb.period, array_agg(DISTINCT mb.iso3::text) AS codes,
                         count(r.id) FILTER (WHERE r.state = 'submitted') AS submitted,
                         count(r.id) FILTER (WHERE r.state = 'returned') AS returned,
                         count(r.id) FILTER (WHERE r.state = 'draft') AS draft,
                         max(r.updated_at) AS updated_at
                    FROM members mb LEFT JOIN report r ON r.country_iso3 = mb.iso3 AND r.period_code = mb.period
                   GROUP BY 1, 2),
       sets AS (SELECT mb.process, mb.period, max(s.updated_at) AS updated_at
                  FROM members mb JOIN indicator_set s ON s.country_iso3 = mb.iso3 AND s.period_code = mb.period
                 GROUP BY 1, 2)
       SELECT pr.process, pr.period, COALESCE(st.codes, '{}') AS "memberCodes",
              COALESCE(v.n, 0)::int AS validated, COALESCE(v.on_time, 0)::int AS "onTime",
              COALESCE(st.submitted, 0)::int AS submitted, COALESCE(st.returned, 0)::int AS returned,
              COALESCE(st.draft, 0)::int AS draft, GREATEST(st.updated_at, se.updated_at) AS "newestChangeAt"
         FROM pairs pr
         LEFT JOIN validated v ON v.process = pr.process AND v.period = pr.period
         LEFT JOIN states st ON st.process = pr.process AND st.period = pr.period
         LEFT JOIN sets se ON se.process = pr.process AND se.period = pr.period`,
    );
    const actionRows = await query<ActionRow>(
      `WITH ${SCOPE},
       counted AS (SELECT vr.process, vr.period, vr.action_code, vr.status, count(*)::int AS n
                     FROM vr GROUP BY 1, 2, 3, 4)
       SELECT pr.process, pr.period, a.code, a.short_title AS title,
              COALESCE(sum(c.n), 0)::int AS reports,
              (sum(c.n * ($2::jsonb ->> c.status)::numeric) / NULLIF(sum(c.n) FILTER (WHERE $2::jsonb ? c.status), 0))::float AS "meanScore",
              COALESCE(jsonb_object_agg(c.status, c.n) FILTER (WHERE c.status IS NOT NULL), '{}') AS statuses
         FROM pairs pr CROSS JOIN action a
         LEFT JOIN counted c ON c.process = pr.process AND c.period = pr.period AND c.action_code = a.code
        GROUP BY pr.process, pr.period, a.code ORDER BY a.code`,
      [scores],
    );
    const checklistRows = await query<ChecklistRow>(
      `WITH ${SCOPE},
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
    const areaRows = await query<AreaRow>(
      `WITH ${SCOPE},
       own_areas AS (SELECT a.report_id, array_agg(DISTINCT i.area_code) AS areas
                       FROM report_checklist_answer a JOIN checklist_item i ON i.code = a.item_code
                      WHERE i.area_code IS NOT NULL GROUP BY a.report_id),
       mapped AS (SELECT action_code, array_agg(area_code) AS areas FROM action_area GROUP BY action_code),
       contributions AS (
         -- A report serves its own area tags, its action's areas, and the area of any item it
         -- answers that has one of its own (d7: detention).
         SELECT DISTINCT vr.process, vr.period, vr.id, vr.action_code, vr.status, area
           FROM vr LEFT JOIN mapped m ON m.action_code = vr.action_code
           LEFT JOIN own_areas o ON o.report_id = vr.id,
           LATERAL unnest(vr.areas || COALESCE(m.areas, '{}') || COALESCE(o.areas, '{}')) AS area),
       evidence AS (SELECT e.report_id, count(*)::int AS n FROM report_evidence e
                     WHERE e.report_id IN (SELECT id FROM vr) GROUP BY e.report_id),
       feeding AS (SELECT area_code AS area, action_code::text AS action FROM action_area
                   UNION SELECT area_code, action_code::text FROM checklist_item WHERE area_code IS NOT NULL)
       SELECT pr.process, pr.period, w.code, w.name_en AS "nameEn", w.name_es AS "nameEs",
              avg(($2::jsonb ->> c.status)::numeric)::float AS score,
              count(c.id)::int AS measures,
              COALESCE(sum(e.n), 0)::int AS evidence,
              ARRAY(SELECT DISTINCT a FROM unnest(
                       array_agg(c.action_code::text) FILTER (WHERE c.id IS NOT NULL)
                       || ARRAY(SELECT f.action FROM feeding f WHERE f.area = w.code)) AS a ORDER BY a) AS actions
         FROM pairs pr CROSS JOIN work_plan_area w
         LEFT JOIN contributions c ON c.process = pr.process AND c.period = pr.period AND c.area = w.code
         LEFT JOIN evidence e ON e.report_id = c.id
        GROUP BY pr.process, pr.period, w.code ORDER BY w.code`,
      [scores],
    );
    // Summed once per process and period, then handed to the summary of that period and of the
    // next (its "previous period"). A cell's key is unique per country, so count(*) counts members.
    const indicatorCells = await query<IndicatorCellRow>(
      `WITH ${SCOPE},
       wanted AS (SELECT DISTINCT pr.process, y.period FROM pairs pr,
                         LATERAL (VALUES (pr.period), (to_char(pr.period::int - 1, 'FM0000'))) AS y(period)),
       sums AS (SELECT w.process, w.period, v.indicator_code, v.sex, v.age_group, sum(v.value) AS total, count(*) AS countries
                  FROM wanted w
                  JOIN process_membership m ON m.process_code = w.process AND m.role = 'member'
                  JOIN indicator_set s ON s.country_iso3 = m.country_iso3 AND s.period_code = w.period AND s.state = 'validated'
                  JOIN indicator_value v ON v.country_iso3 = s.country_iso3 AND v.period_code = s.period_code
                 GROUP BY 1, 2, 3, 4, 5)
       SELECT pr.process, pr.period, c.period AS "cellPeriod", c.indicator_code AS indicator, c.sex,
              c.age_group AS "ageGroup", c.total::float AS total, c.countries::int AS countries
         FROM pairs pr JOIN sums c ON c.process = pr.process
                                  AND c.period IN (pr.period, to_char(pr.period::int - 1, 'FM0000'))`,
    );
    const indicatorDefinitions: Array<{ code: string; name: string; disaggregation: string }> =
      await manager.query(`SELECT code, name, disaggregation FROM indicator ORDER BY sort_order`);
    const memberActions = await query<MemberActionsRow>(
      `WITH ${SCOPE}
       SELECT mb.process, mb.period, mb.iso3::text AS iso3,
              COALESCE(array_agg(vr.action_code::text ORDER BY vr.action_code) FILTER (WHERE vr.id IS NOT NULL), '{}') AS actions
         FROM members mb LEFT JOIN vr ON vr.process = mb.process AND vr.period = mb.period AND vr.country_iso3 = mb.iso3
        GROUP BY 1, 2, 3 ORDER BY 3`,
    );
    const treatyAnswers = await query<TreatyAnswerRow>(
      `WITH ${SCOPE}
       SELECT vr.process, vr.period, vr.country_iso3::text AS country, x.item_code AS item, x.answer,
              substring(i.prefill FROM 'treaty:(.*)') AS treaty
         FROM vr JOIN report_checklist_answer x ON x.report_id = vr.id JOIN checklist_item i ON i.code = x.item_code
        WHERE i.prefill IS NOT NULL ORDER BY 3, 4`,
    );
    const som = await this.treaties.participation('SOM', manager);
    const untoc = await this.treaties.participation('UNTOC', manager);

    const coverageOf = new Map(coverage.map((row) => [keyOf(row), row]));
    const actionsOf = bySummary(actionRows);
    const checklistOf = bySummary(checklistRows);
    const areasOf = bySummary(areaRows);
    const cellsOf = bySummary(indicatorCells);
    const memberActionsOf = bySummary(memberActions);
    const treatyAnswersOf = bySummary(treatyAnswers);

    return new Map(
      heads.map((head) => {
        const key = keyOf(head);
        const covered = coverageOf.get(key)!;
        const memberCodes = covered.memberCodes;
        const members = memberCodes.length;
        const previous = String(Number(head.period) - 1);
        const checklist = checklistOf.get(key) ?? [];
        const reported = memberActionsOf.get(key) ?? [];
        const cells = (cellsOf.get(key) ?? []).map(
          ({ cellPeriod, process: _p, period: _y, ...cell }): IndicatorCellSum => ({
            ...cell,
            period: cellPeriod,
          }),
        );
        const standings = {
          SOM: standingsOf('SOM', som, memberCodes, head.endsOn),
          UNTOC: standingsOf('UNTOC', untoc, memberCodes, head.endsOn),
        };
        const data: SummaryData = {
          process: head.process,
          processName: head.processName,
          period: head.period,
          dueOn: head.dueOn,
          members,
          memberCodes,
          membersReported: reported.filter((m) => m.actions.length > 0).length,
          expectedReports: members * ACTIONS.length,
          validatedReports: covered.validated,
          completeness: members === 0 ? 0 : (round(covered.validated / (members * 6), 4) as number),
          timeliness: members === 0 ? 0 : (round(covered.onTime / (members * 6), 4) as number),
          notValidated: {
            submitted: covered.submitted,
            returned: covered.returned,
            draft: covered.draft,
          },
          actions: (actionsOf.get(key) ?? []).map((row) => actionSummary(row, checklist, members)),
          areas: (areasOf.get(key) ?? []).map(
            ({ process: _p, period: _y, ...row }): AreaSummaryView => {
              const score = round(row.score);
              return { ...row, score, scorePercent: percent(score) };
            },
          ),
          indicators: indicatorTotals(indicatorDefinitions, cells, head.period, previous),
          protocol: protocolSummary(som, memberCodes, head.endsOn, `${previous}-12-31`),
          notReported: reported.filter((m) => m.actions.length === 0).map((m) => m.iso3),
          overdue:
            today > head.dueOn
              ? reported
                  .filter((m) => m.actions.length < ACTIONS.length)
                  .map((m) => ({
                    country: m.iso3,
                    missingActions: ACTIONS.filter((a) => !m.actions.includes(a)),
                  }))
              : [],
          treatyMismatches: (treatyAnswersOf.get(key) ?? []).flatMap(
            (row): TreatyMismatchView[] => {
              const standing = standings[row.treaty]?.get(row.country);
              const flag = standing && treatyMismatch(row.item, row.answer, standing);
              return flag
                ? [
                    {
                      country: row.country,
                      item: row.item,
                      answer: row.answer,
                      message: flag.message,
                    },
                  ]
                : [];
            },
          ),
        };
        return [key, { data, newestChangeAt: covered.newestChangeAt }];
      }),
    );
  }
}

function actionSummary(
  row: ActionRow,
  checklistRows: ChecklistRow[],
  members: number,
): ActionSummaryView {
  const counts = (status: string) => row.statuses[status] ?? 0;
  const checklist = checklistRows
    .filter((item) => item.action === row.code)
    .map((item): ChecklistCoverageView => ({
      item: item.item,
      text: item.text,
      yes: item.yes,
      partial: item.partial,
      no: item.no,
      unknown: item.unknown,
      unanswered: members - item.yes - item.partial - item.no - item.unknown,
      coverage: members === 0 ? 0 : (round(item.yes / members, 4) as number),
    }));
  const meanScore = round(row.meanScore);
  return {
    code: row.code,
    title: row.title,
    reports: row.reports,
    meanScore,
    meanScorePercent: percent(meanScore),
    statusCounts: {
      not_started: counts('not_started'),
      planned: counts('planned'),
      in_progress: counts('in_progress'),
      partially_implemented: counts('partially_implemented'),
      implemented: counts('implemented'),
      not_applicable: counts('not_applicable'),
      not_reported: members - row.reports,
    },
    checklist,
  };
}

type Participation = Awaited<ReturnType<TreatiesService['participation']>>;

const recordsOf = (treaty: Participation, members: string[]): ParticipationRecord[] => {
  const wanted = new Set(members);
  return treaty.records.filter((record) => record.iso3 !== null && wanted.has(record.iso3));
};

/** Each member's standing in a treaty on a date. */
function standingsOf(
  code: 'SOM' | 'UNTOC',
  treaty: Participation,
  members: string[],
  asOf: string,
): Map<string, TreatyStanding> {
  const status = treatyStatusAsOf(recordsOf(treaty, members), asOf);
  const parties = new Map(
    [...status.parties, ...status.partiesWithUnknownDate].map((p) => [p.iso3, p]),
  );
  return new Map(
    members.map((iso3): [string, TreatyStanding] => {
      const party = parties.get(iso3);
      return [
        iso3,
        {
          treaty: code,
          standing: party ? 'party' : 'not_party',
          consentDate: party?.consentDate ?? null,
          consentKind: party?.consentKind ?? null,
          sources: party?.sources ?? [treaty.coverage.completeSource],
          completeAsOf: treaty.coverage.completeAsOf,
        },
      ];
    }),
  );
}

/** The members' standing in the Smuggling Protocol at the period's end, and the change. */
function protocolSummary(
  som: Participation,
  members: string[],
  asOf: string,
  previousEnd: string,
): ProtocolSummaryView {
  const records = recordsOf(som, members);
  const now = treatyStatusAsOf(records, asOf);
  const before = treatyStatusAsOf(records, previousEnd);
  const codes = (list: ParticipationRecord[]) => list.map((p) => p.iso3 as string);
  return {
    asOf,
    parties: now.parties.length,
    partyMembers: codes(now.parties),
    signatoriesNotParties: now.signatoriesNotParties.length,
    signatoryMembers: codes(now.signatoriesNotParties),
    partiesWithUnknownDate: codes(now.partiesWithUnknownDate),
    previousParties: before.parties.length,
    change: now.parties.length - before.parties.length,
    completeAsOf: som.coverage.completeAsOf,
    gap: som.coverage.gap,
  };
}
