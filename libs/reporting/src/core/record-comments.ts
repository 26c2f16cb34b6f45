import { AuditTrail } from '@app/audit';
import type { Actor } from '@app/auth';
import {
  audienceOf,
  COMMENT_PARTS_OF,
  CommentPart,
  mayComment,
  partChangedBetween,
  replyAnswers,
  ThreadResolution,
} from '@app/domain';
import type { FieldError } from '@app/domain';
import { Forbidden, NotFound, ValidationProblem } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CommentThreadView } from '../views';
import {
  CommentedRecord,
  CommentRow,
  insertComment,
  lockThread,
  selectComments,
  selectOpenThreads,
  setThreadResolution,
} from './record-comments.queries';
import type { RecordKey, RecordKind } from './record-kind';
import { missingRecordError } from './record-problems';
import { entityIdOf, lockRecord } from './record.queries';
import { contentAtVersion } from './record-versions.queries';

/** A new thread on a part, or a reply in a thread (its part is the thread's). */
export interface CommentCommand {
  part?: CommentPart;
  body: string;
  /** Any comment of the thread replied to. */
  replyTo?: string;
}

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** The threads of a record from its comments, in the order they were opened. */
function threadsOf(rows: CommentRow[]): CommentThreadView[] {
  const threads = new Map<string, CommentThreadView>();
  for (const row of rows) {
    const comment = {
      id: row.id,
      body: row.body,
      author: row.author,
      createdAt: iso(row.createdAt)!,
    };
    if (row.threadId === null)
      threads.set(row.id, {
        id: row.id,
        part: { kind: row.partKind, key: row.partKey },
        open: row.resolvedAt === null,
        resolution: row.resolution,
        resolvedAt: iso(row.resolvedAt),
        resolvedBy: row.resolvedBy,
        recordVersion: row.recordVersion,
        comments: [comment],
      });
    else threads.get(row.threadId)?.comments.push(comment);
  }
  return [...threads.values()];
}

/**
 * Comments on the parts of a reviewed record, in threads: a reviewer opens one on a part, the
 * country's focal points answer it. A thread stays open until a focal point replies, the part is
 * changed in a resubmission, or a reviewer resolves it; a reviewer may open it again. Every
 * comment and change of a thread is audited on the record, so its timeline shows them.
 */
@Injectable()
export class RecordComments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async threads<Key extends RecordKey>(
    kind: RecordKind<Key, unknown>,
    key: Key,
  ): Promise<CommentThreadView[]> {
    const db = this.dataSource.manager;
    const entityId = await entityIdOf(db, kind.table, kind.keyValues(key));
    if (entityId === undefined) throw await missingRecordError(db, kind, key);
    return threadsOf(await selectComments(db, { table: kind.table, entityId }));
  }

  /** Writes a comment; the thread it opened or is in, as it is now. */
  write<Key extends RecordKey>(
    kind: RecordKind<Key, unknown>,
    actor: Actor,
    key: Key,
    command: CommentCommand,
  ): Promise<CommentThreadView> {
    const reply = command.replyTo !== undefined;
    if (!mayComment(actor, key.country, reply))
      throw new Forbidden(
        reply
          ? `Your account may read the comments on records of ${key.country}, not write them.`
          : `Only the reviewers of ${key.country} (the coordinators of its processes) open comment threads; its focal points reply to them.`,
      );
    return this.dataSource.transaction(async (db) => {
      const record = await lockRecord(db, kind.table, kind.keyValues(key));
      if (!record) throw await missingRecordError(db, kind, key);
      const commented = { table: kind.table, entityId: record.entityId };
      const thread = reply
        ? await this.threadRepliedTo(db, commented, command)
        : await this.newThreadPart(db, kind, actor, key, command);
      const id = await insertComment(db, commented, {
        threadId: thread?.id ?? null,
        partKind: thread?.partKind ?? command.part!.kind,
        partKey: thread ? thread.partKey : (command.part!.key ?? null),
        body: command.body,
        recordVersion: record.version,
        authorId: actor.id,
      });
      const threadId = thread?.id ?? id;
      await this.audited(db, actor, commented, 'commented', {
        comment: id,
        thread: threadId,
        part: thread
          ? { kind: thread.partKind, key: thread.partKey }
          : { kind: command.part!.kind, key: command.part!.key ?? null },
        body: command.body,
      });
      if (thread?.resolvedAt === null && replyAnswers(actor, key.country, thread.authorId))
        await this.resolveThreads(db, actor, commented, [thread], 'answered');
      return this.threadOf(db, commented, threadId);
    });
  }

  /** A reviewer resolves a thread (open: false) or opens it again (open: true). */
  setOpen<Key extends RecordKey>(
    kind: RecordKind<Key, unknown>,
    actor: Actor,
    key: Key,
    threadId: string,
    open: boolean,
  ): Promise<CommentThreadView> {
    return this.dataSource.transaction(async (db) => {
      const record = await lockRecord(db, kind.table, kind.keyValues(key));
      if (!record) throw await missingRecordError(db, kind, key);
      const commented = { table: kind.table, entityId: record.entityId };
      const thread = await lockThread(db, commented, threadId);
      if (!thread || thread.id !== threadId)
        throw new NotFound(`${kind.label(key)} has no comment thread ${threadId}.`);
      if (open && thread.resolvedAt !== null) {
        await setThreadResolution(db, [thread.id], null);
        await this.audited(db, actor, commented, 'comment_reopened', {
          thread: thread.id,
          part: { kind: thread.partKind, key: thread.partKey },
        });
      } else if (!open && thread.resolvedAt === null)
        await this.resolveThreads(db, actor, commented, [thread], 'resolved');
      return this.threadOf(db, commented, thread.id);
    });
  }

  /**
   * On a submission, in its transaction: every open thread whose part changed since the thread
   * was opened is resolved, the change being its answer.
   */
  async resolveChanged<Key extends RecordKey>(
    db: EntityManager,
    kind: RecordKind<Key, unknown>,
    actor: Actor,
    key: Key,
    entityId: string,
  ): Promise<void> {
    const commented = { table: kind.table, entityId };
    const open = await selectOpenThreads(db, commented);
    if (open.length === 0) return;
    const now = kind.partsOf(await kind.content(db, key));
    const changed: CommentRow[] = [];
    for (const thread of open) {
      const then = await contentAtVersion(db, kind.table, entityId, thread.recordVersion);
      // Nothing kept of that version (saved before versions were kept): nothing to compare.
      if (then === undefined) continue;
      const part = { kind: thread.partKind, key: thread.partKey };
      if (partChangedBetween(part, kind.partsOf(then), now)) changed.push(thread);
    }
    if (changed.length > 0) await this.resolveThreads(db, actor, commented, changed, 'changed');
  }

  private async resolveThreads(
    db: EntityManager,
    actor: Actor,
    commented: CommentedRecord,
    threads: CommentRow[],
    how: ThreadResolution,
  ): Promise<void> {
    await setThreadResolution(
      db,
      threads.map((thread) => thread.id),
      { how, by: actor.id },
    );
    for (const thread of threads)
      await this.audited(db, actor, commented, 'comment_resolved', {
        thread: thread.id,
        part: { kind: thread.partKind, key: thread.partKey },
        resolution: how,
      });
  }

  private async threadRepliedTo(
    db: EntityManager,
    commented: CommentedRecord,
    command: CommentCommand,
  ): Promise<CommentRow> {
    if (command.part !== undefined)
      throw new ValidationProblem([
        { field: 'part', messages: ['part must be left out of a reply: it is its thread’s'] },
      ]);
    const thread = await lockThread(db, commented, command.replyTo!);
    if (!thread)
      throw new ValidationProblem([
        { field: 'replyTo', messages: ['replyTo must be the id of a comment on this record'] },
      ]);
    return thread;
  }

  /** Checks the part a new thread is about; a thread has no parent, so undefined. */
  private async newThreadPart<Key extends RecordKey>(
    db: EntityManager,
    kind: RecordKind<Key, unknown>,
    actor: Actor,
    key: Key,
    command: CommentCommand,
  ): Promise<undefined> {
    const part = command.part;
    const problems: FieldError[] = [];
    const kinds = COMMENT_PARTS_OF[kind.table.name];
    if (!part) problems.push({ field: 'part', messages: ['part is required to open a thread'] });
    else if (!kinds.includes(part.kind))
      problems.push({
        field: 'part.kind',
        messages: [`part.kind must be one of ${kinds.join(', ')} on this record`],
      });
    else if (part.kind === 'record' && part.key != null)
      problems.push({ field: 'part.key', messages: ['part.key must be left out for the record'] });
    else if (part.kind !== 'record' && !part.key)
      problems.push({ field: 'part.key', messages: [`part.key is required for ${part.kind}`] });
    else {
      // Only reviewers get here, who read the country: the public's level is the fallback.
      const audience = audienceOf(actor, key.country) ?? 'public';
      const problem = await kind.partProblem(db, key, part, audience);
      if (problem) problems.push({ field: 'part.key', messages: [problem] });
    }
    if (problems.length > 0) throw new ValidationProblem(problems);
    return undefined;
  }

  private async threadOf(
    db: EntityManager,
    commented: CommentedRecord,
    threadId: string,
  ): Promise<CommentThreadView> {
    // Locked by this transaction: it is there.
    return threadsOf(await selectComments(db, commented)).find((t) => t.id === threadId)!;
  }

  private audited(
    db: EntityManager,
    actor: Actor,
    commented: CommentedRecord,
    verb: string,
    after: object,
  ): Promise<void> {
    return this.audit.record(db, actor, {
      action: `${commented.table.name}.${verb}`,
      entityType: commented.table.name,
      entityId: commented.entityId,
      after,
    });
  }
}
