import { TreatiesService, TreatyStanding } from '@app/reference';
import { STATUS_SCORES, treatyMismatch } from '@app/reporting';
import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { indicatorTotals } from './domain/indicator-totals';
import type {
  ActionSummaryView,
  AreaSummaryView,
  ChecklistCoverageView,
  StatusCountsView,
  SummaryData,
  TreatyMismatchView,
} from './summary-data';

const round = (value: number | null, digits = 2): number | null =>
  value === null || Number.isNaN(value) ? null : Number(value.toFixed(digits));
const percent = (score: number | null) => (score === null ? null : round((score / 4) * 100, 1));

// The members of the process, and their validated reports for the period: every figure starts here.
const SCOPE = `
  members AS (SELECT m.country_iso3 AS iso3 FROM process_membership m WHERE m.process_code = $1 AND m.role = 'member'),
  vr AS (SELECT r.* FROM report r JOIN members m ON m.iso3 = r.country_iso3 WHERE r.period_code = $2 AND r.state = 'validated')`;

export interface ComputedSummary {
  data: SummaryData;
  newestChangeAt: Date | null;
}

/**
 * Computes a regional summary with a few set-based queries over the whole process × period
 * (never a query per report). Only validated data enters the figures.
 */
@Injectable()
export class SummaryCalculator {
  constructor(private readonly treaties: TreatiesService) {}

  async compute(
    manager: EntityManager,
    process: string,
    period: string,
    today: string,
  ): Promise<ComputedSummary> {
    const [head] = await manager.query(
      `SELECT p.name AS "processName", rp.due_on AS "dueOn", rp.ends_on AS "endsOn"
         FROM regional_process p, reporting_period rp WHERE p.code = $1 AND rp.code = $2`,
      [process, period],
    );
    if (!head)
      throw new NotFoundException(`No regional process ${process} or reporting period ${period}`);
    const scores = JSON.stringify(STATUS_SCORES);
    const previous = String(Number(period) - 1);

    const [coverage] = await manager.query(
      `WITH ${SCOPE},
       mr AS (SELECT r.* FROM report r JOIN members m ON m.iso3 = r.country_iso3 WHERE r.period_code = $2)
       SELECT (SELECT count(*) FROM members)::int AS members,
              (SELECT COALESCE(array_agg(iso3::text ORDER BY iso3), '{}') FROM members) AS "memberCodes",
              (SELECT count(*) FROM vr)::int AS validated,
              (SELECT count(*) FROM vr JOIN reporting_period p ON p.code = vr.period_code
                WHERE (vr.validated_at AT TIME ZONE 'UTC')::date <= p.due_on)::int AS "onTime",
              (SELECT count(*) FROM mr WHERE mr.state = 'submitted')::int AS submitted,
              (SELECT count(*) FROM mr WHERE mr.state = 'returned')::int AS returned,
              (SELECT count(*) FROM mr WHERE mr.state = 'draft')::int AS draft,
              GREATEST((SELECT max(updated_at) FROM mr),
                       (SELECT max(s.updated_at) FROM indicator_set s JOIN members m ON m.iso3 = s.country_iso3
                         WHERE s.period_code = $2)) AS "newestChangeAt"`,
      [process, period],
    );
    const members: number = coverage.members;
    const memberCodes: string[] = coverage.memberCodes;

    const actionRows = await manager.query(
      `WITH ${SCOPE}
       SELECT a.code, a.short_title AS title, count(vr.id)::int AS reports,
              avg(($3::jsonb ->> vr.status)::numeric)::float AS "meanScore",
              COALESCE((SELECT jsonb_object_agg(s.status, s.n)
                          FROM (SELECT v.status, count(*)::int AS n FROM vr v WHERE v.action_code = a.code GROUP BY v.status) s),
                       '{}') AS statuses
         FROM action a LEFT JOIN vr ON vr.action_code = a.code
        GROUP BY a.code ORDER BY a.code`,
      [process, period, scores],
    );
    const checklistRows = await manager.query(
      `WITH ${SCOPE},
       answers AS (SELECT x.item_code, x.answer FROM report_checklist_answer x JOIN vr ON vr.id = x.report_id)
       SELECT i.code AS item, i.text, i.action_code::text AS action,
              count(x.answer) FILTER (WHERE x.answer = 'yes')::int AS yes,
              count(x.answer) FILTER (WHERE x.answer = 'partial')::int AS partial,
              count(x.answer) FILTER (WHERE x.answer = 'no')::int AS no,
              count(x.answer) FILTER (WHERE x.answer = 'unknown')::int AS unknown
         FROM checklist_item i LEFT JOIN answers x ON x.item_code = i.code
        GROUP BY i.code ORDER BY i.sort_order`,
      [process, period],
    );
    const areaRows = await manager.query(
      `WITH ${SCOPE},
       contributions AS (
         SELECT DISTINCT vr.id, vr.action_code, vr.status, area
           FROM vr, LATERAL unnest(
                  vr.areas
                  || ARRAY(SELECT x.area_code FROM action_area x WHERE x.action_code = vr.action_code)
                  -- An answered item with an area of its own (d7: detention) feeds that area too.
                  || ARRAY(SELECT i.area_code FROM report_checklist_answer a JOIN checklist_item i ON i.code = a.item_code
                            WHERE a.report_id = vr.id AND i.area_code IS NOT NULL)) AS area),
       evidence AS (SELECT e.report_id, count(*)::int AS n FROM report_evidence e JOIN vr ON vr.id = e.report_id GROUP BY e.report_id)
       SELECT w.code, w.name_en AS "nameEn", w.name_es AS "nameEs",
              avg(($3::jsonb ->> c.status)::numeric)::float AS score,
              count(c.id)::int AS measures,
              COALESCE(sum(e.n), 0)::int AS evidence,
              ARRAY(SELECT DISTINCT a FROM unnest(
                       array_agg(c.action_code::text) FILTER (WHERE c.id IS NOT NULL)
                       || ARRAY(SELECT x.action_code::text FROM action_area x WHERE x.area_code = w.code)
                       || ARRAY(SELECT i.action_code::text FROM checklist_item i WHERE i.area_code = w.code)) AS a ORDER BY a) AS actions
         FROM work_plan_area w
         LEFT JOIN contributions c ON c.area = w.code
         LEFT JOIN evidence e ON e.report_id = c.id
        GROUP BY w.code ORDER BY w.code`,
      [process, period, scores],
    );
    const indicatorCells = await manager.query(
      `WITH members AS (SELECT m.country_iso3 AS iso3 FROM process_membership m WHERE m.process_code = $1 AND m.role = 'member')
       SELECT v.period_code::text AS period, v.indicator_code AS indicator, v.sex, v.age_group AS "ageGroup",
              sum(v.value)::float AS total, count(DISTINCT v.country_iso3)::int AS countries
         FROM indicator_value v
         JOIN indicator_set s ON s.country_iso3 = v.country_iso3 AND s.period_code = v.period_code AND s.state = 'validated'
         JOIN members m ON m.iso3 = v.country_iso3
        WHERE v.period_code IN ($2, $3)
        GROUP BY 1, 2, 3, 4`,
      [process, period, previous],
    );
    const indicatorDefinitions = await manager.query(
      `SELECT code, name, disaggregation FROM indicator ORDER BY sort_order`,
    );
    const memberActions: Array<{ iso3: string; actions: string[] }> = await manager.query(
      `WITH ${SCOPE}
       SELECT m.iso3::text AS iso3, COALESCE(array_agg(vr.action_code::text ORDER BY vr.action_code) FILTER (WHERE vr.id IS NOT NULL), '{}') AS actions
         FROM members m LEFT JOIN vr ON vr.country_iso3 = m.iso3 GROUP BY m.iso3 ORDER BY m.iso3`,
      [process, period],
    );
    const treatyAnswers: Array<{
      country: string;
      item: string;
      answer: 'yes' | 'partial' | 'no' | 'unknown';
      treaty: string;
    }> = await manager.query(
      `WITH ${SCOPE}
         SELECT vr.country_iso3::text AS country, x.item_code AS item, x.answer, substring(i.prefill FROM 8) AS treaty
           FROM report_checklist_answer x JOIN vr ON vr.id = x.report_id JOIN checklist_item i ON i.code = x.item_code
          WHERE i.prefill IS NOT NULL ORDER BY 1, 2`,
      [process, period],
    );

    const actions: ActionSummaryView[] = actionRows.map(
      (row: {
        code: string;
        title: string;
        reports: number;
        meanScore: number | null;
        statuses: Record<string, number>;
      }) => {
        const counts = (status: string) => row.statuses[status] ?? 0;
        const statusCounts: StatusCountsView = {
          not_started: counts('not_started'),
          planned: counts('planned'),
          in_progress: counts('in_progress'),
          partially_implemented: counts('partially_implemented'),
          implemented: counts('implemented'),
          not_applicable: counts('not_applicable'),
          not_reported: members - row.reports,
        };
        const checklist: ChecklistCoverageView[] = checklistRows
          .filter((item: { action: string }) => item.action === row.code)
          .map(
            (item: {
              item: string;
              text: string;
              yes: number;
              partial: number;
              no: number;
              unknown: number;
            }) => ({
              item: item.item,
              text: item.text,
              yes: item.yes,
              partial: item.partial,
              no: item.no,
              unknown: item.unknown,
              unanswered: members - item.yes - item.partial - item.no - item.unknown,
              coverage: members === 0 ? 0 : (round(item.yes / members, 4) as number),
            }),
          );
        const meanScore = round(row.meanScore);
        return {
          code: row.code,
          title: row.title,
          reports: row.reports,
          meanScore,
          meanScorePercent: percent(meanScore),
          statusCounts,
          checklist,
        };
      },
    );

    const areas: AreaSummaryView[] = areaRows.map(
      (row: AreaSummaryView & { score: number | null }) => {
        const score = round(row.score);
        return { ...row, score, scorePercent: percent(score) };
      },
    );

    const indicators = indicatorTotals(indicatorDefinitions, indicatorCells, period, previous);
    const protocol = await this.protocol(manager, process, head.endsOn, `${previous}-12-31`);
    const standings = {
      SOM: await this.standings(manager, process, memberCodes, 'SOM', head.endsOn),
      UNTOC: await this.standings(manager, process, memberCodes, 'UNTOC', head.endsOn),
    } as Record<string, Map<string, TreatyStanding>>;
    const treatyMismatches: TreatyMismatchView[] = treatyAnswers.flatMap((row) => {
      const standing = standings[row.treaty]?.get(row.country);
      const flag = standing && treatyMismatch(row.item, row.answer, standing);
      return flag
        ? [{ country: row.country, item: row.item, answer: row.answer, message: flag.message }]
        : [];
    });
    const overdueAfter = head.dueOn as string;

    return {
      newestChangeAt: coverage.newestChangeAt,
      data: {
        process,
        processName: head.processName,
        period,
        dueOn: head.dueOn,
        members,
        memberCodes,
        membersReported: memberActions.filter((m) => m.actions.length > 0).length,
        expectedReports: members * 6,
        validatedReports: coverage.validated,
        completeness: members === 0 ? 0 : (round(coverage.validated / (members * 6), 4) as number),
        timeliness: members === 0 ? 0 : (round(coverage.onTime / (members * 6), 4) as number),
        notValidated: {
          submitted: coverage.submitted,
          returned: coverage.returned,
          draft: coverage.draft,
        },
        actions,
        areas,
        indicators,
        protocol,
        notReported: memberActions.filter((m) => m.actions.length === 0).map((m) => m.iso3),
        overdue:
          today > overdueAfter
            ? memberActions
                .filter((m) => m.actions.length < 6)
                .map((m) => ({
                  country: m.iso3,
                  missingActions: ['a', 'b', 'c', 'd', 'e', 'f'].filter(
                    (a) => !m.actions.includes(a),
                  ),
                }))
            : [],
        treatyMismatches,
      },
    };
  }

  private async protocol(
    manager: EntityManager,
    process: string,
    asOf: string,
    previousEnd: string,
  ) {
    const now = await this.treaties.status('SOM', { process, asOf }, manager);
    const before = await this.treaties.status('SOM', { process, asOf: previousEnd }, manager);
    const signatoryMembers = now.signatories
      .map((s) => s.iso3 as string)
      .filter(
        (iso3) =>
          !now.parties.some((p) => p.iso3 === iso3) &&
          !now.partiesWithUnknownDate.some((p) => p.iso3 === iso3),
      );
    return {
      asOf,
      parties: now.counts.parties,
      partyMembers: now.parties.map((p) => p.iso3 as string),
      signatoriesNotParties: signatoryMembers.length,
      signatoryMembers,
      partiesWithUnknownDate: now.partiesWithUnknownDate.map((p) => p.iso3 as string),
      previousParties: before.counts.parties,
      change: now.counts.parties - before.counts.parties,
      completeAsOf: now.coverage.completeAsOf,
      gap: now.coverage.gap,
    };
  }

  /** Each member's standing in a treaty on a date, from one status query for the whole process. */
  private async standings(
    manager: EntityManager,
    process: string,
    members: string[],
    treaty: 'SOM' | 'UNTOC',
    asOf: string,
  ): Promise<Map<string, TreatyStanding>> {
    const status = await this.treaties.status(treaty, { process, asOf }, manager);
    const parties = new Map(
      [...status.parties, ...status.partiesWithUnknownDate].map((p) => [p.iso3, p]),
    );
    return new Map(
      members.map((iso3): [string, TreatyStanding] => {
        const party = parties.get(iso3);
        return [
          iso3,
          {
            treaty,
            standing: party ? 'party' : 'not_party',
            consentDate: party?.consentDate ?? null,
            consentKind: party?.consentKind ?? null,
            sources: party?.sources ?? [status.coverage.completeSource],
            completeAsOf: status.coverage.completeAsOf,
          },
        ];
      }),
    );
  }
}
