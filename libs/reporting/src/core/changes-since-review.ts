import type { Actor } from '@app/auth';
import { audienceOf, partChanges, type PartChange } from '@app/domain';
import { ValidationProblem } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SavedBy } from './patch-problems';
import type { PatchableKind } from './patch-record';
import type { RecordKey } from './record-kind';
import { missingRecordError } from './record-problems';
import { entityIdOf } from './record.queries';
import { contentAtVersion, lastReviewedVersion } from './record-versions.queries';

/** What changed in a record since a version, part by part. */
export interface ChangesView {
  /** The version compared with; null when no coordinator has reviewed the record yet. */
  since: number | null;
  /** The record's version now. */
  version: number;
  changes: PartChange[];
}

/**
 * What a coordinator needs after a resubmission: what changed since a version, by default the one
 * their last return or validation left, each part before → after, from the content kept of it.
 */
@Injectable()
export class ChangesSinceReview {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute<Key extends RecordKey, View extends SavedBy, Document>(
    kind: PatchableKind<Key, View, Document>,
    actor: Actor,
    key: Key,
    asked?: number,
  ): Promise<ChangesView> {
    const db = this.dataSource.manager;
    const records = kind.records;
    const current = await records.view(db, key, actor);
    const entityId = await entityIdOf(db, records.table, records.keyValues(key));
    if (!current || entityId === undefined) throw await missingRecordError(db, records, key);
    const since = asked ?? (await lastReviewedVersion(db, records.table, entityId)) ?? null;
    if (since === null) return { since, version: current.version, changes: [] };
    if (since > current.version) throw sinceProblem(`at most ${current.version}, the version now`);
    const kept = await contentAtVersion(db, records.table, entityId, since);
    // Saved before versions were kept: nothing to compare with.
    if (kept === undefined) throw sinceProblem(`no content of version ${since} is kept`);
    // Both sides as the caller may read them: the view is already, the kept content is made so.
    const audience = audienceOf(actor, key.country) ?? 'public';
    const before = kind.parts(kind.documentOfKept(kept, audience));
    const after = kind.parts(kind.documentOf(current));
    return { since, version: current.version, changes: partChanges(before, after) };
  }
}

const sinceProblem = (why: string) =>
  new ValidationProblem([
    { field: 'since', messages: [`since must be a version to compare with: ${why}`] },
  ]);
