import { AuditTrail, AuditEventView } from '@app/audit';
import type { Actor } from '@app/auth';
import {
  invalidField,
  PreconditionRequired,
  StaleVersion,
  ValidationProblem,
  versionFromIfMatch,
} from '@app/problems';
import { LocalCache, publishToOutbox } from '@app/queue';
import { TreatiesService, TreatyCode, TreatyStanding } from '@app/reference';
import { sqlRows } from '@app/database';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  changesBetween,
  ChecklistAnswer,
  ChecklistEntry,
  EvidenceEntry,
  ImplementationStatus,
  prefilledAnswer,
  ReportContent,
  ReportFlag,
  treatyMismatch,
  WorkflowState,
} from '@app/domain';
import { periodClosed, ReviewTarget, ReviewWorkflow, TransitionRequest } from './review-workflow';
import { scopedConditions } from './list-filter';
import { ReportListView, ReportSummaryView, ReportView } from './views';

export interface ReportKey {
  country: string;
  period: string;
  action: string;
}

export interface SaveReportCommand {
  status: ImplementationStatus;
  narrative?: string;
  areas?: number[];
  checklist?: Array<{ item: string; answer: ChecklistAnswer; note?: string }>;
  evidence?: Array<{
    kind: EvidenceEntry['kind'];
    title: string;
    url?: string;
    date?: string;
    reference?: string;
  }>;
}

export interface ReportFilter {
  country?: string;
  process?: string;
  period?: string;
  action?: string;
  state?: WorkflowState;
  status?: ImplementationStatus;
  sort?: string;
  page: number;
  pageSize: number;
}

export const REPORT_SORTS = [
  'submittedAt',
  'updatedAt',
  'validatedAt',
  'country',
  'period',
  'action',
] as const;
const SORT_COLUMNS: Record<(typeof REPORT_SORTS)[number], string> = {
  submittedAt: 'r.submitted_at',
  updatedAt: 'r.updated_at',
  validatedAt: 'r.validated_at',
  country: 'r.country_iso3',
  period: 'r.period_code',
  action: 'r.action_code',
};

type ReportListRow = Omit<ReportSummaryView, 'submittedAt' | 'validatedAt' | 'updatedAt'> & {
  submitted_at: Date | null;
  validated_at: Date | null;
  updated_at: Date;
  total: number;
};

interface ReportRow extends ReportContent {
  id: string;
  country: string;
  period: string;
  action: string;
  state: WorkflowState;
  version: number;
  review_comment: string | null;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  submitted_at: Date | null;
  submitted_by: string | null;
  validated_at: Date | null;
  validated_by: string | null;
  validated_content: ReportContent | null;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
  period_ends_on: string;
}

const REPORT_SELECT = `
  SELECT r.id, r.country_iso3::text AS country, r.period_code::text AS period, r.action_code::text AS action,
         r.state, r.version, r.status, r.narrative, r.areas::int[] AS areas, r.review_comment,
         r.reviewed_at, rv.email AS reviewed_by, r.submitted_at, sb.email AS submitted_by,
         r.validated_at, vb.email AS validated_by, r.validated_content,
         r.created_at, cb.email AS created_by, r.updated_at, ub.email AS updated_by, p.ends_on AS period_ends_on,
         COALESCE((SELECT json_agg(json_build_object('item', a.item_code, 'answer', a.answer, 'note', a.note) ORDER BY i.sort_order)
                     FROM report_checklist_answer a JOIN checklist_item i ON i.code = a.item_code
                    WHERE a.report_id = r.id), '[]') AS checklist,
         COALESCE((SELECT json_agg(json_build_object('kind', e.kind, 'title', e.title, 'url', e.url, 'date', e.date,
                                                     'reference', e.reference) ORDER BY e.position)
                     FROM report_evidence e WHERE e.report_id = r.id), '[]') AS evidence
    FROM report r
    JOIN reporting_period p ON p.code = r.period_code
    JOIN app_user cb ON cb.id = r.created_by
    JOIN app_user ub ON ub.id = r.updated_by
    LEFT JOIN app_user sb ON sb.id = r.submitted_by
    LEFT JOIN app_user rv ON rv.id = r.reviewed_by
    LEFT JOIN app_user vb ON vb.id = r.validated_by`;

const iso = (date: Date | null) => date?.toISOString() ?? null;
const contentOf = (row: ReportContent): ReportContent => ({
  status: row.status,
  narrative: row.narrative,
  areas: row.areas,
  checklist: row.checklist,
  evidence: row.evidence,
});
const labelOf = (key: ReportKey) => `The report ${key.country}/${key.period}/${key.action}`;

/** What a report on an action may hold: its checklist items, treaty items and default areas. */
interface ActionFramework {
  items: string[];
  treatyItems: Map<string, TreatyCode>;
  defaultAreas: number[];
}

/** The content a save writes: checklist items of the action only, each once, in its order. */
function contentFrom(
  framework: ActionFramework,
  key: ReportKey,
  command: SaveReportCommand,
): ReportContent {
  const known = framework.items;
  const checklist = command.checklist ?? [];
  const problems = checklist.flatMap((entry, index) => {
    if (!known.includes(entry.item))
      return [
        {
          field: `checklist[${index}].item`,
          messages: [`${entry.item} is not an item of action (${key.action}): ${known.join(', ')}`],
        },
      ];
    if (checklist.findIndex((other) => other.item === entry.item) !== index)
      return [{ field: `checklist[${index}].item`, messages: [`${entry.item} is answered twice`] }];
    return [];
  });
  if (problems.length > 0) throw new ValidationProblem(problems);
  const areas = command.areas ?? framework.defaultAreas;
  if (areas.length === 0)
    throw invalidField('areas', `action (${key.action}) has no default Work Plan area: give areas`);
  return {
    status: command.status,
    narrative: command.narrative ?? '',
    areas: [...new Set(areas)].sort(),
    checklist: [...checklist]
      .sort((a, b) => known.indexOf(a.item) - known.indexOf(b.item))
      .map((entry): ChecklistEntry => ({
        item: entry.item,
        answer: entry.answer,
        note: entry.note ?? null,
      })),
    evidence: (command.evidence ?? []).map((entry) => ({
      kind: entry.kind,
      title: entry.title,
      url: entry.url ?? null,
      date: entry.date ?? null,
      reference: entry.reference ?? null,
    })),
  };
}

/**
 * Treaty items (a1, a2) the focal point left unanswered are answered from the record as of the
 * period's last day, on every save: the answer is never silently dropped.
 */
function prefillFromTreaties(
  framework: ActionFramework,
  content: ReportContent,
  standings: Map<TreatyCode, TreatyStanding>,
): void {
  for (const [item, treaty] of [...framework.treatyItems].reverse()) {
    const record = standings.get(treaty);
    if (!record || content.checklist.some((entry) => entry.item === item)) continue;
    content.checklist.unshift({ item, ...prefilledAnswer(record) });
  }
}

/** Answers on treaty participation that contradict the record as of the period's last day. */
function flagsOf(
  framework: ActionFramework,
  content: ReportContent,
  standings: Map<TreatyCode, TreatyStanding>,
): ReportFlag[] {
  return content.checklist.flatMap((entry) => {
    const treaty = framework.treatyItems.get(entry.item);
    const record = treaty && standings.get(treaty);
    const flag = record && treatyMismatch(entry.item, entry.answer, record);
    return flag ? [flag] : [];
  });
}

/** The metadata of a report that is being created (no review, no submission yet). */
const newRow = (key: ReportKey, periodEndsOn: string, createdBy: string | null) =>
  ({
    country: key.country,
    period: key.period,
    action: key.action,
    state: 'draft',
    review_comment: null,
    reviewed_at: null,
    reviewed_by: null,
    submitted_at: null,
    submitted_by: null,
    validated_at: null,
    validated_by: null,
    validated_content: null,
    created_by: createdBy ?? '',
    period_ends_on: periodEndsOn,
  }) as const;

/**
 * A focal point's report on one action, its review, and its history. Every write is one
 * transaction holding the row, its audit event and (for transitions) an outbox message.
 */
@Injectable()
export class ReportsService {
  /** Reference data only the seed changes: kept a minute, whether or not Redis is there. */
  private readonly frameworks = new LocalCache<ActionFramework | null>(
    { maxEntries: 16, ttlMs: 60_000 },
    () => true,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: ReviewWorkflow,
    private readonly treaties: TreatiesService,
    private readonly audit: AuditTrail,
  ) {}

  async get(key: ReportKey): Promise<ReportView> {
    await this.assertKeyExists(this.dataSource.manager, key);
    return this.view(this.dataSource.manager, key);
  }

  /**
   * Creates the draft, or updates a draft or returned report at the version the client read.
   * Kept to as few round trips as the work needs (a deadline brings every focal point at once):
   * the framework comes from memory, the row is locked and read in one statement, its parts are
   * replaced in one statement each, and the answer is built from what was written.
   */
  async save(
    actor: Actor,
    key: ReportKey,
    command: SaveReportCommand,
    ifMatch: string | undefined,
  ): Promise<{ report: ReportView; created: boolean }> {
    const expected = versionFromIfMatch(ifMatch);
    const framework = await this.framework(key.action);
    const content = contentFrom(framework, key, command);
    return this.dataSource.transaction(async (manager) => {
      const period = await this.assertEditable(manager, key);
      const standings = await this.standings(manager, framework, key.country, period.endsOn);
      prefillFromTreaties(framework, content, standings);
      const [existing] = await sqlRows<ReportRow>(
        manager,
        `${REPORT_SELECT} WHERE r.country_iso3 = $1 AND r.period_code = $2 AND r.action_code = $3 FOR UPDATE OF r`,
        [key.country, key.period, key.action],
        'prepared',
      );
      let written: { id: string; version: number; created_at: Date; updated_at: Date };
      if (!existing) {
        if (expected !== undefined) throw new StaleVersion(null);
        const inserted = await manager.query(
          `INSERT INTO report (country_iso3, period_code, action_code, status, narrative, areas, created_by, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
           ON CONFLICT (country_iso3, period_code, action_code) DO NOTHING
           RETURNING id, version, created_at, updated_at`,
          [
            key.country,
            key.period,
            key.action,
            content.status,
            content.narrative,
            content.areas,
            actor.id,
          ],
        );
        // Someone created it between our read and our insert: they win, this client reloads.
        if (inserted.length === 0) throw new StaleVersion(1);
        written = inserted[0];
      } else {
        if (expected === undefined) throw new PreconditionRequired();
        if (expected !== existing.version) throw new StaleVersion(existing.version);
        this.workflow.assertAllowed(labelOf(key), existing.state, 'save');
        // TypeORM answers an UPDATE with [rows, count].
        const [[updated]] = await manager.query(
          `UPDATE report SET status = $2, narrative = $3, areas = $4, version = version + 1, updated_at = now(), updated_by = $5
            WHERE id = $1 RETURNING id, version, created_at, updated_at`,
          [existing.id, content.status, content.narrative, content.areas, actor.id],
        );
        written = updated;
      }
      await this.writeParts(manager, written.id, content);
      await this.audit.record(manager, actor, {
        action: existing ? 'report.updated' : 'report.created',
        entityType: 'report',
        entityId: written.id,
        before: existing ? contentOf(existing) : null,
        after: content,
      });
      // Drafts count in a summary's "not yet validated" figures.
      await publishToOutbox(manager, 'reporting.changed', {
        country: key.country,
        period: key.period,
      });
      const row: ReportRow = {
        ...(existing ?? newRow(key, period.endsOn, actor.email)),
        ...content,
        id: written.id,
        version: written.version,
        created_at: written.created_at,
        updated_at: written.updated_at,
        updated_by: actor.email ?? '',
      };
      return {
        report: this.viewOf(row, flagsOf(framework, content, standings)),
        created: !existing,
      };
    });
  }

  /** Submit, return, validate or reopen. */
  async transition(
    actor: Actor,
    key: ReportKey,
    request: Omit<TransitionRequest, 'snapshot'>,
  ): Promise<ReportView> {
    return this.dataSource.transaction(async (manager) => {
      const target = await this.target(manager, key);
      await this.workflow.apply(manager, actor, target, {
        ...request,
        snapshot: async () => contentOf(await this.row(manager, key)),
      });
      return this.view(manager, key);
    });
  }

  async history(key: ReportKey): Promise<AuditEventView[]> {
    const [report] = await this.dataSource.query(
      `SELECT id FROM report WHERE country_iso3 = $1 AND period_code = $2 AND action_code = $3`,
      [key.country, key.period, key.action],
    );
    if (!report) throw new NotFoundException(`${labelOf(key)} does not exist yet.`);
    return this.audit.history('report', report.id);
  }

  /** Reports the caller may read, filtered, paged; the review queue is `state=submitted`, oldest first. */
  async list(actor: Actor, filter: ReportFilter): Promise<ReportListView> {
    const where = scopedConditions('r', actor, filter)
      .when(filter.action, (p) => `r.action_code = ${p}`)
      .when(filter.state, (p) => `r.state = ${p}`)
      .when(filter.status, (p) => `r.status = ${p}`);
    const { clause, params } = where;
    const p = (value: unknown) => where.param(value);
    const sort = filter.sort ?? (filter.state === 'submitted' ? 'submittedAt' : '-updatedAt');
    const descending = sort.startsWith('-');
    const column = SORT_COLUMNS[sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
    const order = `${column} ${descending ? 'DESC' : 'ASC'} NULLS LAST, r.country_iso3, r.period_code, r.action_code`;
    // The total comes with the page (one query); only a page past the end needs it apart.
    const rows = await sqlRows<ReportListRow>(
      this.dataSource.manager,
      `SELECT r.country_iso3::text AS country, c.name AS "countryName", r.period_code::text AS period,
              r.action_code::text AS action, r.state, r.status, r.version, r.review_comment AS "reviewComment",
              r.submitted_at, r.validated_at, r.updated_at, count(*) OVER ()::int AS total
         FROM report r JOIN country c ON c.iso3 = r.country_iso3 ${clause}
        ORDER BY ${order} LIMIT ${p(filter.pageSize)} OFFSET ${p((filter.page - 1) * filter.pageSize)}`,
      params,
      'prepared',
    );
    const total: number =
      rows[0]?.total ??
      (filter.page > 1
        ? (
            await this.dataSource.query(
              `SELECT count(*)::int AS total FROM report r ${clause}`,
              params.slice(0, -2),
            )
          )[0].total
        : 0);
    const items: ReportSummaryView[] = rows.map(
      ({ submitted_at, validated_at, updated_at, total: _total, ...row }) => ({
        ...row,
        submittedAt: iso(submitted_at),
        validatedAt: iso(validated_at),
        updatedAt: updated_at.toISOString(),
      }),
    );
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }

  private async target(manager: EntityManager, key: ReportKey): Promise<ReviewTarget> {
    const [report] = await manager.query(
      `SELECT id FROM report WHERE country_iso3 = $1 AND period_code = $2 AND action_code = $3`,
      [key.country, key.period, key.action],
    );
    if (!report) {
      // Say which part of the key is unknown, if one is.
      await this.assertKeyExists(manager, key);
      throw new NotFoundException(`${labelOf(key)} does not exist yet.`);
    }
    return {
      table: 'report',
      where: 'id = $1',
      params: [report.id],
      entityType: 'report',
      entityId: report.id,
      country: key.country,
      period: key.period,
      label: labelOf(key),
    };
  }

  private async row(manager: EntityManager, key: ReportKey): Promise<ReportRow> {
    const [row] = await sqlRows<ReportRow>(
      manager,
      `${REPORT_SELECT} WHERE r.country_iso3 = $1 AND r.period_code = $2 AND r.action_code = $3`,
      [key.country, key.period, key.action],
      'prepared',
    );
    if (!row) throw new NotFoundException(`${labelOf(key)} does not exist yet.`);
    return row;
  }

  private async view(manager: EntityManager, key: ReportKey): Promise<ReportView> {
    const row = await this.row(manager, key);
    const framework = await this.framework(key.action, manager);
    const standings = await this.standings(manager, framework, row.country, row.period_ends_on);
    return this.viewOf(row, flagsOf(framework, contentOf(row), standings));
  }

  private viewOf(row: ReportRow, flags: ReportFlag[]): ReportView {
    const content = contentOf(row);
    return {
      country: row.country,
      period: row.period,
      action: row.action,
      state: row.state,
      version: row.version,
      ...content,
      flags,
      review: {
        comment: row.review_comment,
        reviewedAt: iso(row.reviewed_at),
        reviewedBy: row.reviewed_by,
      },
      submittedAt: iso(row.submitted_at),
      submittedBy: row.submitted_by,
      validatedAt: iso(row.validated_at),
      validatedBy: row.validated_by,
      changesSinceValidation: row.validated_content
        ? changesBetween(row.validated_content, content)
        : null,
      createdAt: row.created_at.toISOString(),
      createdBy: row.created_by,
      updatedAt: row.updated_at.toISOString(),
      updatedBy: row.updated_by,
    };
  }

  /** The treaty record of the country for the action's treaty items (a1, a2), on a date. */
  private standings(
    manager: EntityManager,
    framework: ActionFramework,
    country: string,
    date: string,
  ): Promise<Map<TreatyCode, TreatyStanding>> {
    const treaties = [...new Set(framework.treatyItems.values())];
    return treaties.length
      ? this.treaties.standingsOn(treaties, country, date, manager)
      : Promise.resolve(new Map());
  }

  /**
   * An action's checklist items (in order), treaty items and default Work Plan areas. Inside a
   * transaction, read on its connection: a second one from the pool could wait for ever when
   * every connection is held by a request waiting for it too.
   */
  private async framework(
    action: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActionFramework> {
    const framework = await this.frameworks.load(action, async () => {
      const [row] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM action WHERE code = $1) AS known,
                ARRAY(SELECT code FROM checklist_item WHERE action_code = $1 ORDER BY sort_order) AS items,
                ARRAY(SELECT code || '=' || substring(prefill FROM 'treaty:(.*)') FROM checklist_item
                       WHERE action_code = $1 AND prefill IS NOT NULL ORDER BY sort_order) AS treaties,
                ARRAY(SELECT area_code FROM action_area WHERE action_code = $1 ORDER BY 1)::int[] AS areas`,
        [action],
      );
      return row.known
        ? {
            items: row.items as string[],
            treatyItems: new Map(
              (row.treaties as string[]).map((pair) => pair.split('=') as [string, TreatyCode]),
            ),
            defaultAreas: row.areas as number[],
          }
        : null;
    });
    if (!framework) throw new NotFoundException(`No Objective 9 action (${action})`);
    return framework;
  }

  /**
   * Replaces the checklist answers and the evidence, one statement each: new rows upserted, rows
   * no longer given deleted (a data-modifying CTE, so the two halves share one round trip).
   */
  private async writeParts(
    manager: EntityManager,
    id: string,
    content: ReportContent,
  ): Promise<void> {
    await manager.query(
      `WITH given AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(item text, answer text, note text)),
            upserted AS (
              INSERT INTO report_checklist_answer (report_id, item_code, answer, note)
              SELECT $1, item, answer, note FROM given
              ON CONFLICT (report_id, item_code) DO UPDATE SET answer = EXCLUDED.answer, note = EXCLUDED.note)
       DELETE FROM report_checklist_answer WHERE report_id = $1 AND item_code NOT IN (SELECT item FROM given)`,
      [id, JSON.stringify(content.checklist)],
    );
    await manager.query(
      `WITH given AS (SELECT * FROM jsonb_to_recordset($2::jsonb)
                        AS x(position int, kind text, title text, url text, date date, reference text)),
            upserted AS (
              INSERT INTO report_evidence (report_id, position, kind, title, url, date, reference)
              SELECT $1, position, kind, title, url, date, reference FROM given
              ON CONFLICT (report_id, position) DO UPDATE
                 SET kind = EXCLUDED.kind, title = EXCLUDED.title, url = EXCLUDED.url,
                     date = EXCLUDED.date, reference = EXCLUDED.reference)
       DELETE FROM report_evidence WHERE report_id = $1 AND position > $3`,
      [
        id,
        JSON.stringify(content.evidence.map((entry, index) => ({ ...entry, position: index + 1 }))),
        content.evidence.length,
      ],
    );
  }

  /** The country and period exist and the period is open; its last day, for the treaty record. */
  private async assertEditable(
    manager: EntityManager,
    key: ReportKey,
  ): Promise<{ endsOn: string }> {
    const [found] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM country WHERE iso3 = $1) AS country, p.state, p.ends_on AS "endsOn"
         FROM (SELECT 1) AS one LEFT JOIN reporting_period p ON p.code = $2`,
      [key.country, key.period],
    );
    if (!found.country) throw new NotFoundException(`No country with ISO3 code "${key.country}"`);
    if (!found.state) throw new NotFoundException(`No reporting period ${key.period}`);
    if (found.state !== 'open') throw periodClosed(key.period, 'editing');
    return { endsOn: found.endsOn };
  }

  private async assertKeyExists(manager: EntityManager, key: ReportKey): Promise<void> {
    const [found] = await manager.query(
      `SELECT (SELECT count(*) FROM country WHERE iso3 = $1)::int AS country,
              (SELECT count(*) FROM reporting_period WHERE code = $2)::int AS period,
              (SELECT count(*) FROM action WHERE code = $3)::int AS action`,
      [key.country, key.period, key.action],
    );
    if (!found.country) throw new NotFoundException(`No country with ISO3 code "${key.country}"`);
    if (!found.period) throw new NotFoundException(`No reporting period ${key.period}`);
    if (!found.action) throw new NotFoundException(`No Objective 9 action (${key.action})`);
  }
}
