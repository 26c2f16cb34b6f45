import type { Actor } from '@app/auth';
import { Audience, audienceOf, ExpectedVersion, PartsMerge, RecordParts } from '@app/domain';
import { PreconditionRequired, StaleVersion } from '@app/problems';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { applyOperations, patchOperations } from './json-patch';
import { PatchConflict, SavedBy, unknownBase } from './patch-problems';
import type { RecordKey, RecordKind, SavedRecord } from './record-kind';
import { missingRecordError } from './record-problems';
import { entityIdOf } from './record.queries';
import { contentAtVersion } from './record-versions.queries';

/** What patching one kind of record needs beyond the core: its document, its parts, its save. */
export interface PatchableKind<Key extends RecordKey, View extends SavedBy, Document> {
  readonly records: RecordKind<Key, View>;
  /** The document a patch applies to (the body of a PUT), as the view shows it. */
  documentOf(view: View): Document;
  /** The same, from the content kept of an earlier version, as far as the audience may read it. */
  documentOfKept(content: unknown, audience: Audience): Document;
  parts(document: Document): RecordParts;
  fromParts(parts: RecordParts): Document;
  /** The three-way merge of its parts (mergeParts, or a kind's stricter one). */
  merge(base: RecordParts, mine: RecordParts, theirs: RecordParts): PartsMerge;
  /** The kind's own save (a PUT's), at the version the merge was made with. */
  save(actor: Actor, key: Key, document: Document, expected: number): Promise<SavedRecord<View>>;
}

export interface PatchCommand<Document> {
  /** The JSON Patch (RFC 6902) as the client sent it, made from the base version's document. */
  patch: unknown;
  /** The version the client's changes start from (If-Match). */
  baseVersion: ExpectedVersion;
  /** The rules of a PUT body: the document as valid, or a 400 naming its fields. */
  validate(document: unknown): Promise<Document>;
}

/** Someone else saving between our read and our save is rare; past this, the client retries. */
const MAX_ATTEMPTS = 3;

/**
 * Saves what a window changed, not the whole record: the patch is applied to the version it was
 * made from, and merged part by part with what was saved since. Parts changed on one side only
 * are kept from that side; a part changed on both sides differently is a 409 naming it. The
 * merged record is saved by the kind's own save, so it is validated, audited and announced in
 * the outbox exactly like a PUT.
 */
@Injectable()
export class PatchRecord {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute<Key extends RecordKey, View extends SavedBy, Document>(
    kind: PatchableKind<Key, View, Document>,
    actor: Actor,
    key: Key,
    command: PatchCommand<Document>,
  ): Promise<SavedRecord<View>> {
    const baseVersion = command.baseVersion;
    if (baseVersion === undefined)
      throw new PreconditionRequired(
        'Send If-Match with the ETag of the version your changes start from (GET it first).',
      );
    const operations = patchOperations(command.patch);
    for (let attempt = 1; ; attempt++) {
      const current = await this.current(kind, actor, key);
      if (baseVersion === null) throw new StaleVersion(current.version);
      const base = await this.baseDocument(kind, actor, key, current, baseVersion);
      const mine = await command.validate(applyOperations(base, operations));
      const theirs = kind.documentOf(current);
      const merge = kind.merge(kind.parts(base), kind.parts(mine), kind.parts(theirs));
      if (merge.conflicts.length > 0) throw new PatchConflict(merge.conflicts, current);
      const merged = await command.validate(kind.fromParts(merge.merged));
      try {
        return await kind.save(actor, key, merged, current.version);
      } catch (error) {
        // Saved by someone else since we read it: merge with that version instead.
        if (!(error instanceof StaleVersion) || attempt === MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async current<Key extends RecordKey, View extends SavedBy>(
    kind: PatchableKind<Key, View, unknown>,
    actor: Actor,
    key: Key,
  ): Promise<View> {
    const db = this.dataSource.manager;
    const view = await kind.records.view(db, key, actor);
    if (!view) throw await missingRecordError(db, kind.records, key);
    return view;
  }

  /** The document as it was at the base version: the current one, or the content kept of it. */
  private async baseDocument<Key extends RecordKey, View extends SavedBy, Document>(
    kind: PatchableKind<Key, View, Document>,
    actor: Actor,
    key: Key,
    current: View,
    baseVersion: number,
  ): Promise<Document> {
    if (baseVersion === current.version) return kind.documentOf(current);
    if (baseVersion > current.version) throw unknownBase(baseVersion, current.version);
    const db = this.dataSource.manager;
    const records = kind.records;
    const entityId = await entityIdOf(db, records.table, records.keyValues(key));
    const kept =
      entityId === undefined
        ? undefined
        : await contentAtVersion(db, records.table, entityId, baseVersion);
    if (kept === undefined) throw unknownBase(baseVersion, current.version);
    // Writers are the country's focal points and admins: the policy withholds nothing from them.
    return kind.documentOfKept(kept, audienceOf(actor, key.country) ?? 'public');
  }
}
