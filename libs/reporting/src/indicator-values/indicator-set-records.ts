import type { Actor } from '@app/auth';
import {
  Audience,
  audienceOf,
  changedIndicators,
  CommentPart,
  indicatorCellNames,
  indicatorParts,
  indicatorValuesShownTo,
  IndicatorValueInput,
  RecordParts,
  valuesOf,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ListSpec, RECORD_SORT_COLUMNS, RecordFilter } from '../core/list-records';
import type { ListedRow } from '../core/list.queries';
import type { RecordKind } from '../core/record-kind';
import type { ReviewedTable } from '../core/record.queries';
import { reviewedView } from '../core/reviewed-view';
import type { IndicatorSetSummaryView, IndicatorSetView } from '../views';
import {
  IndicatorSetKey,
  selectIndicatorCells,
  selectIndicatorDefinitions,
  selectIndicatorSet,
} from './indicator-values.queries';

export const INDICATOR_SET_TABLE: ReviewedTable = {
  name: 'indicator_set',
  key: ['country_iso3', 'period_code'],
  entityId: `t.country_iso3 || '/' || t.period_code`,
};

/** What an indicator values list can be sorted by (`-` first for descending). */
export const INDICATOR_SET_SORTS = Object.keys(RECORD_SORT_COLUMNS);

/** A country's quantitative indicators for a period: values, versioned and reviewed like reports. */
@Injectable()
export class IndicatorSetRecords implements RecordKind<IndicatorSetKey, IndicatorSetView> {
  readonly table = INDICATOR_SET_TABLE;

  keyValues(key: IndicatorSetKey): string[] {
    return [key.country, key.period];
  }

  /** The audit trail's name of the set (the SQL of `table.entityId`). */
  entityId(key: IndicatorSetKey): string {
    return `${key.country}/${key.period}`;
  }

  label(key: IndicatorSetKey): string {
    return `The indicator values of ${key.country} for ${key.period}`;
  }

  missing(key: IndicatorSetKey): string {
    return `${this.label(key)} do not exist yet.`;
  }

  auditedShownTo(recorded: unknown, audience: Audience): unknown {
    return Array.isArray(recorded)
      ? indicatorValuesShownTo(recorded as IndicatorValueInput[], audience).values
      : recorded;
  }

  async content(db: EntityManager, key: IndicatorSetKey): Promise<IndicatorValueInput[]> {
    return valuesOf(await selectIndicatorCells(db, key));
  }

  async view(
    db: EntityManager,
    key: IndicatorSetKey,
    actor: Actor,
  ): Promise<IndicatorSetView | undefined> {
    const row = await selectIndicatorSet(db, key);
    if (!row) return undefined;
    // Only those who may read the country get this far; the public's level is the fallback.
    const audience = audienceOf(actor, key.country) ?? 'public';
    const { values, withheld } = indicatorValuesShownTo(valuesOf(row.cells), audience);
    return {
      country: key.country,
      period: key.period,
      values,
      withheld,
      ...reviewedView(row, key.country, actor),
      changedSinceValidation: row.validated_content
        ? changedIndicators(indicatorValuesShownTo(row.validated_content, audience).values, values)
        : null,
    };
  }

  partsOf(content: unknown): RecordParts {
    return indicatorParts({ values: content as IndicatorValueInput[] });
  }

  async partProblem(db: EntityManager, _key: IndicatorSetKey, part: CommentPart) {
    if (part.kind !== 'indicator') return null;
    const definition = (await selectIndicatorDefinitions(db)).find(
      (candidate) => candidate.code === part.key!.split('.')[0],
    );
    if (definition && indicatorCellNames(definition).includes(part.key!)) return null;
    return 'part.key must be a cell of an indicator: <code>.<sex>.<age group>, all.all for its total';
  }
}

interface IndicatorSetListRow extends ListedRow {
  indicators: number;
}

/** How indicator sets are listed: with how many indicators have values. */
export const INDICATOR_SET_LIST: ListSpec<
  RecordFilter,
  IndicatorSetListRow,
  IndicatorSetSummaryView
> = {
  table: INDICATOR_SET_TABLE,
  columns: `(SELECT count(DISTINCT v.indicator_code)::int FROM indicator_value v
              WHERE v.country_iso3 = t.country_iso3 AND v.period_code = t.period_code) AS indicators`,
  sortColumns: RECORD_SORT_COLUMNS,
  where: (conditions) => conditions,
  item: (row) => ({ indicators: row.indicators }),
};
