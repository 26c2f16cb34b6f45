import type { Actor } from '@app/auth';
import type { Audience, CommentPart, RecordParts } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { ReviewedTable } from './record.queries';

/** What identifies any reviewed record: a country's, for a period (reports add an action). */
export interface RecordKey {
  country: string;
  period: string;
  action?: string;
}

/**
 * One kind of reviewed record (a report, a country's indicator values; imports and publications
 * later): what the core needs to lock, name, snapshot and show it. Everything else (versions,
 * transitions, history, lists, audit, outbox) is the core's.
 */
export interface RecordKind<Key extends RecordKey, View> {
  readonly table: ReviewedTable;
  /** The key's values in the order of the table's key columns. */
  keyValues(key: Key): string[];
  /** How messages name the record: "The report MEX/2025/d". */
  label(key: Key): string;
  /** The 404 message when it does not exist yet. */
  missing(key: Key): string;
  /** Its content now, kept at validation so that later changes can be shown. */
  content(db: EntityManager, key: Key): Promise<unknown>;
  /**
   * What an audit event recorded of the record (its content, or a transition's states), as far
   * as the sensitivity policy lets the audience read it.
   */
  auditedShownTo(recorded: unknown, audience: Audience): unknown;
  /** The record as the API shows it to this actor; undefined when there is none. */
  view(db: EntityManager, key: Key, actor: Actor): Promise<View | undefined>;
  /** A content (now, or kept of a version) cut into the parts changes and comments name. */
  partsOf(content: unknown): RecordParts;
  /**
   * Why a comment cannot be about this part of the record (it names nothing there that the
   * audience may read), or null.
   */
  partProblem(
    db: EntityManager,
    key: Key,
    part: CommentPart,
    audience: Audience,
  ): Promise<string | null>;
}

/** A saved record, and whether the save created it (201 with its Location). */
export interface SavedRecord<View> {
  view: View;
  created: boolean;
}
