import type { Actor } from '@app/auth';
import {
  ExpectedVersion,
  fromCells,
  IndicatorValueInput,
  indicatorValueProblems,
  toStoredCells,
} from '@app/domain';
import { compactTransaction } from '@app/database';
import { ValidationProblem } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecordChanges } from '../core/record-changes';
import type { SavedRecord } from '../core/record-kind';
import { assertSavable, createdConcurrently } from '../core/record-problems';
import { LockedRecord, lockingRecordSelect, lockWithKeyStatus } from '../core/record.queries';
import type { IndicatorSetView } from '../views';
import { IndicatorSetRecords, INDICATOR_SET_TABLE } from './indicator-set-records';
import {
  createIndicatorSet,
  IndicatorSetKey,
  selectIndicatorDefinitions,
  updateIndicatorSet,
} from './indicator-values.queries';

/** Creates a country's values for a period, or replaces them at the version the client read. */
@Injectable()
export class SaveIndicatorValues {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sets: IndicatorSetRecords,
    private readonly changes: RecordChanges,
  ) {}

  async execute(
    actor: Actor,
    key: IndicatorSetKey,
    values: IndicatorValueInput[],
    expected: ExpectedVersion,
  ): Promise<SavedRecord<IndicatorSetView>> {
    return compactTransaction(this.dataSource, (db) =>
      this.within(db, actor, key, values, expected),
    );
  }

  /** The same save inside the caller's transaction (an import writes many records in one). */
  async within(
    db: EntityManager,
    actor: Actor,
    key: IndicatorSetKey,
    values: IndicatorValueInput[],
    expected: ExpectedVersion,
  ): Promise<SavedRecord<IndicatorSetView>> {
    const definitions = await selectIndicatorDefinitions(db);
    const problems = indicatorValueProblems(values, new Map(definitions.map((d) => [d.code, d])));
    if (problems.length > 0) throw new ValidationProblem(problems);
    const { status, record: existing } = await lockWithKeyStatus<LockedRecord>(
      db,
      key,
      lockingRecordSelect(INDICATOR_SET_TABLE),
    );
    assertSavable(this.sets.label(key), key, status, existing, expected);
    const before = existing ? await this.sets.content(db, key) : null;
    const cells = toStoredCells(values);
    if (existing) await updateIndicatorSet(db, key, cells, actor.id);
    else if (!(await createIndicatorSet(db, key, cells, actor.id))) throw createdConcurrently();
    const view = (await this.sets.view(db, key, actor))!;
    // The whole content is audited and kept, not the view: it holds what this actor may read.
    await this.changes.record(
      db,
      actor,
      {
        table: INDICATOR_SET_TABLE,
        entityId: this.sets.entityId(key),
        verb: existing ? 'updated' : 'created',
        before,
        after: fromCells(
          cells,
          definitions.map((definition) => definition.code),
        ),
        key,
        // Draft or returned values: none of them validated.
        validatedChanged: false,
        saved: { version: view.version, replaced: existing?.version },
      },
      [],
      { last: true },
    );
    return { view, created: !existing };
  }
}
