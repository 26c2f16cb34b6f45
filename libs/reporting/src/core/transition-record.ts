import type { Actor } from '@app/auth';
import {
  decide,
  ExpectedVersion,
  noteOf,
  PAST_TENSE,
  TransitionEvent,
  transitionNoteProblems,
  TransitionNotes,
} from '@app/domain';
import { compactTransaction } from '@app/database';
import { ValidationProblem } from '@app/problems';
import { outboxMessage } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecordChanges } from './record-changes';
import { RecordComments } from './record-comments';
import type { RecordKey, RecordKind } from './record-kind';
import { missingRecordError, refusalError } from './record-problems';
import { lockRecord, reviewStateUpdate } from './record.queries';

export interface TransitionCommand extends TransitionNotes {
  event: TransitionEvent;
  expectedVersion: ExpectedVersion;
}

/** Submit, return, validate or reopen any reviewed record: one transaction, audited, with its outbox message. */
@Injectable()
export class TransitionRecord {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: RecordChanges,
    private readonly comments: RecordComments,
  ) {}

  execute<Key extends RecordKey, View>(
    kind: RecordKind<Key, View>,
    actor: Actor,
    key: Key,
    command: TransitionCommand,
  ): Promise<View> {
    return compactTransaction(this.dataSource, (db) => this.within(db, kind, actor, key, command));
  }

  /** The same transition inside the caller's transaction (a bulk import submits what it saved). */
  async within<Key extends RecordKey, View>(
    db: EntityManager,
    kind: RecordKind<Key, View>,
    actor: Actor,
    key: Key,
    command: TransitionCommand,
  ): Promise<View> {
    const { event } = command;
    const problems = transitionNoteProblems(event, command);
    if (problems.length > 0) throw new ValidationProblem(problems);
    const comment = noteOf(event, command);
    const keyValues = kind.keyValues(key);
    const record = await lockRecord(db, kind.table, keyValues);
    if (!record) throw await missingRecordError(db, kind, key);
    const decision = decide({ ...record, country: key.country }, event, command.expectedVersion);
    if (!decision.allowed) throw refusalError(kind.label(key), key.period, event, decision.refusal);
    const snapshot = event === 'validate' ? await kind.content(db, key) : null;
    const state = reviewStateUpdate(kind.table, keyValues, {
      event,
      state: decision.state,
      actorId: actor.id,
      comment,
      snapshot,
    });
    // Same statement: the people concerned hear of exactly the transitions that happened.
    // A withdrawal concerns no one else: no coordinator had acted on the submission.
    const notice =
      event === 'withdraw'
        ? []
        : [
            outboxMessage('record.transitioned', {
              record: kind.table.name,
              country: key.country,
              period: key.period,
              ...(key.action ? { action: key.action } : {}),
              event,
              resubmit: event === 'submit' && record.state === 'returned',
              version: record.version + 1,
              actorId: actor.id,
              ...(comment ? { comment } : {}),
            }),
          ];
    await this.changes.record(
      db,
      actor,
      {
        table: kind.table,
        entityId: record.entityId,
        verb: PAST_TENSE[event],
        before: { state: record.state, version: record.version },
        after: {
          state: decision.state,
          version: record.version + 1,
          ...(comment ? { comment } : {}),
        },
        key,
        validatedChanged: record.state === 'validated' || decision.state === 'validated',
      },
      [state, ...notice],
    );
    // A submission answers the threads on the parts it changed.
    if (event === 'submit')
      await this.comments.resolveChanged(db, kind, actor, key, record.entityId);
    return (await kind.view(db, key, actor))!;
  }
}
