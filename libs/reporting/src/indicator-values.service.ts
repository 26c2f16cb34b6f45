import { AuditEventView, AuditTrail } from '@app/audit';
import type { Actor } from '@app/auth';
import {
  PreconditionRequired,
  StaleVersion,
  ValidationProblem,
  versionFromIfMatch,
} from '@app/problems';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  fromCells,
  IndicatorCell,
  IndicatorDefinition,
  IndicatorValueInput,
  indicatorValueProblems,
  isSameData as same,
  toCells,
  WorkflowState,
} from '@app/domain';
import { scopedConditions } from './list-filter';
import { ReviewTarget, ReviewWorkflow, TransitionRequest } from './review-workflow';
import { IndicatorSetListView, IndicatorSetSummaryView, IndicatorSetView } from './views';

export interface IndicatorSetKey {
  country: string;
  period: string;
}

export interface IndicatorSetFilter {
  country?: string;
  process?: string;
  period?: string;
  state?: WorkflowState;
  sort?: string;
  page: number;
  pageSize: number;
}

export const INDICATOR_SET_SORTS = ['submittedAt', 'updatedAt', 'country', 'period'] as const;
const SORT_COLUMNS: Record<(typeof INDICATOR_SET_SORTS)[number], string> = {
  submittedAt: 's.submitted_at',
  updatedAt: 's.updated_at',
  country: 's.country_iso3',
  period: 's.period_code',
};

const labelOf = (key: IndicatorSetKey) =>
  `The indicator values of ${key.country} for ${key.period}`;
const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A country's quantitative indicators for a period: values, versioned and reviewed like reports. */
@Injectable()
export class IndicatorValuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: ReviewWorkflow,
    private readonly audit: AuditTrail,
  ) {}

  async get(key: IndicatorSetKey): Promise<IndicatorSetView> {
    await this.assertKeyExists(this.dataSource.manager, key);
    return this.view(this.dataSource.manager, key);
  }

  async save(
    actor: Actor,
    key: IndicatorSetKey,
    values: IndicatorValueInput[],
    ifMatch: string | undefined,
  ): Promise<{ set: IndicatorSetView; created: boolean }> {
    const expected = versionFromIfMatch(ifMatch);
    return this.dataSource.transaction(async (manager) => {
      await this.assertKeyExists(manager, key);
      await this.workflow.assertPeriodOpen(manager, key.period, 'editing');
      const definitions = await this.definitions(manager);
      const problems = indicatorValueProblems(values, new Map(definitions.map((d) => [d.code, d])));
      if (problems.length > 0) throw new ValidationProblem(problems);
      const [existing] = await manager.query(
        `SELECT state, version FROM indicator_set WHERE country_iso3 = $1 AND period_code = $2 FOR UPDATE`,
        [key.country, key.period],
      );
      let before: IndicatorValueInput[] | null = null;
      if (!existing) {
        if (expected !== undefined) throw new StaleVersion(null);
        const inserted = await manager.query(
          `INSERT INTO indicator_set (country_iso3, period_code, created_by, updated_by) VALUES ($1, $2, $3, $3)
           ON CONFLICT DO NOTHING RETURNING version`,
          [key.country, key.period, actor.id],
        );
        if (inserted.length === 0) throw new StaleVersion(1);
      } else {
        if (expected === undefined) throw new PreconditionRequired();
        if (expected !== existing.version) throw new StaleVersion(existing.version);
        this.workflow.assertAllowed(labelOf(key), existing.state, 'save');
        before = await this.values(manager, key);
        await manager.query(
          `UPDATE indicator_set SET version = version + 1, updated_at = now(), updated_by = $3
            WHERE country_iso3 = $1 AND period_code = $2`,
          [key.country, key.period, actor.id],
        );
        await manager.query(
          `DELETE FROM indicator_value WHERE country_iso3 = $1 AND period_code = $2`,
          [key.country, key.period],
        );
      }
      const cells = toCells(values);
      if (cells.length > 0) {
        await manager.query(
          `INSERT INTO indicator_value (country_iso3, period_code, indicator_code, sex, age_group, value)
           SELECT $1, $2, x.indicator, x.sex, x."ageGroup", x.value
             FROM jsonb_to_recordset($3::jsonb) AS x(indicator text, sex text, "ageGroup" text, value int)`,
          [key.country, key.period, JSON.stringify(cells)],
        );
      }
      const after = await this.values(manager, key);
      await this.audit.record(manager, actor, {
        action: existing ? 'indicator_set.updated' : 'indicator_set.created',
        entityType: 'indicator_set',
        entityId: `${key.country}/${key.period}`,
        before,
        after,
      });
      return { set: await this.view(manager, key), created: !existing };
    });
  }

  async transition(
    actor: Actor,
    key: IndicatorSetKey,
    request: Omit<TransitionRequest, 'snapshot'>,
  ): Promise<IndicatorSetView> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertKeyExists(manager, key);
      const target: ReviewTarget = {
        table: 'indicator_set',
        where: 'country_iso3 = $1 AND period_code = $2',
        params: [key.country, key.period],
        entityType: 'indicator_set',
        entityId: `${key.country}/${key.period}`,
        country: key.country,
        period: key.period,
        label: labelOf(key),
      };
      await this.workflow.apply(manager, actor, target, {
        ...request,
        snapshot: () => this.values(manager, key),
      });
      return this.view(manager, key);
    });
  }

  /** Indicator sets the caller may read; `state=submitted` is the review queue, oldest first. */
  async list(actor: Actor, filter: IndicatorSetFilter): Promise<IndicatorSetListView> {
    const where = scopedConditions('s', actor, filter).when(filter.state, (p) => `s.state = ${p}`);
    const { clause, params } = where;
    const p = (value: unknown) => where.param(value);
    const sort = filter.sort ?? (filter.state === 'submitted' ? 'submittedAt' : '-updatedAt');
    const column = SORT_COLUMNS[sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
    const order = `${column} ${sort.startsWith('-') ? 'DESC' : 'ASC'} NULLS LAST, s.country_iso3, s.period_code`;
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM indicator_set s ${clause}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT s.country_iso3::text AS country, c.name AS "countryName", s.period_code::text AS period,
              s.state, s.version, s.review_comment AS "reviewComment", s.submitted_at, s.validated_at, s.updated_at,
              (SELECT count(DISTINCT v.indicator_code)::int FROM indicator_value v
                WHERE v.country_iso3 = s.country_iso3 AND v.period_code = s.period_code) AS indicators
         FROM indicator_set s JOIN country c ON c.iso3 = s.country_iso3 ${clause}
        ORDER BY ${order} LIMIT ${p(filter.pageSize)} OFFSET ${p((filter.page - 1) * filter.pageSize)}`,
      params,
    );
    const items: IndicatorSetSummaryView[] = rows.map((row: Record<string, unknown>) => ({
      country: row.country,
      countryName: row.countryName,
      period: row.period,
      state: row.state,
      version: row.version,
      indicators: row.indicators,
      reviewComment: row.reviewComment,
      submittedAt: iso(row.submitted_at as Date | null),
      validatedAt: iso(row.validated_at as Date | null),
      updatedAt: (row.updated_at as Date).toISOString(),
    }));
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }

  async history(key: IndicatorSetKey): Promise<AuditEventView[]> {
    await this.view(this.dataSource.manager, key);
    return this.audit.history('indicator_set', `${key.country}/${key.period}`);
  }

  private async view(manager: EntityManager, key: IndicatorSetKey): Promise<IndicatorSetView> {
    const [row] = await manager.query(
      `SELECT s.state, s.version, s.review_comment, s.reviewed_at, rv.email AS reviewed_by, s.submitted_at, sb.email AS submitted_by,
              s.validated_at, vb.email AS validated_by, s.validated_content, s.updated_at, ub.email AS updated_by
         FROM indicator_set s
         JOIN app_user ub ON ub.id = s.updated_by
         LEFT JOIN app_user sb ON sb.id = s.submitted_by
         LEFT JOIN app_user rv ON rv.id = s.reviewed_by
         LEFT JOIN app_user vb ON vb.id = s.validated_by
        WHERE s.country_iso3 = $1 AND s.period_code = $2`,
      [key.country, key.period],
    );
    if (!row) throw new NotFoundException(`${labelOf(key)} do not exist yet.`);
    const values = await this.values(manager, key);
    const validated = row.validated_content as IndicatorValueInput[] | null;
    return {
      country: key.country,
      period: key.period,
      state: row.state as WorkflowState,
      version: row.version,
      values,
      review: {
        comment: row.review_comment,
        reviewedAt: iso(row.reviewed_at),
        reviewedBy: row.reviewed_by,
      },
      submittedAt: iso(row.submitted_at),
      submittedBy: row.submitted_by,
      validatedAt: iso(row.validated_at),
      validatedBy: row.validated_by,
      changedSinceValidation: validated
        ? [...new Set([...validated, ...values].map((v) => v.indicator))].filter(
            (code) =>
              !same(
                validated.find((v) => v.indicator === code),
                values.find((v) => v.indicator === code),
              ),
          )
        : null,
      updatedAt: row.updated_at.toISOString(),
      updatedBy: row.updated_by,
    };
  }

  private async values(
    manager: EntityManager,
    key: IndicatorSetKey,
  ): Promise<IndicatorValueInput[]> {
    const cells: IndicatorCell[] = await manager.query(
      `SELECT indicator_code AS indicator, sex, age_group AS "ageGroup", value
         FROM indicator_value WHERE country_iso3 = $1 AND period_code = $2`,
      [key.country, key.period],
    );
    const order = (await this.definitions(manager)).map((definition) => definition.code);
    return fromCells(cells, order);
  }

  private definitions(manager: EntityManager): Promise<IndicatorDefinition[]> {
    return manager.query(`SELECT code, disaggregation FROM indicator ORDER BY sort_order`);
  }

  private async assertKeyExists(manager: EntityManager, key: IndicatorSetKey): Promise<void> {
    const [found] = await manager.query(
      `SELECT (SELECT count(*) FROM country WHERE iso3 = $1)::int AS country,
              (SELECT count(*) FROM reporting_period WHERE code = $2)::int AS period`,
      [key.country, key.period],
    );
    if (!found.country) throw new NotFoundException(`No country with ISO3 code "${key.country}"`);
    if (!found.period) throw new NotFoundException(`No reporting period ${key.period}`);
  }
}
