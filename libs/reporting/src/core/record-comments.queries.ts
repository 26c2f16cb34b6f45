import { sqlRow, sqlRows } from '@app/database';
import type { CommentPartKind, ThreadResolution } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { ReviewedTable } from './record.queries';

/** One comment as a thread shows it, its people by email. */
export interface CommentRow {
  id: string;
  threadId: string | null;
  partKind: CommentPartKind;
  partKey: string | null;
  body: string;
  recordVersion: number;
  author: string;
  authorId: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolution: ThreadResolution | null;
}

/** A record as its comments name it: its table and its audit entity id. */
export interface CommentedRecord {
  table: ReviewedTable;
  entityId: string;
}

const COMMENT_COLUMNS = `c.id, c.thread_id AS "threadId", c.part_kind AS "partKind", c.part_key AS "partKey",
  c.body, c.record_version AS "recordVersion", a.email AS author, c.author_id AS "authorId",
  c.created_at AS "createdAt", c.resolved_at AS "resolvedAt", r.email AS "resolvedBy", c.resolution
  FROM record_comment c JOIN app_user a ON a.id = c.author_id LEFT JOIN app_user r ON r.id = c.resolved_by`;

/** Every comment of a record, oldest first. */
export function selectComments(db: EntityManager, record: CommentedRecord): Promise<CommentRow[]> {
  return sqlRows<CommentRow>(
    db,
    `SELECT ${COMMENT_COLUMNS}
      WHERE c.record_type = $1 AND c.entity_id = $2 ORDER BY c.created_at, c.id`,
    [record.table.name, record.entityId],
  );
}

/**
 * The first comment of the thread a comment of this record belongs to, locked for the rest of
 * the transaction; undefined when the record has no such comment.
 */
export function lockThread(
  db: EntityManager,
  record: CommentedRecord,
  commentId: string,
): Promise<CommentRow | undefined> {
  return sqlRow<CommentRow>(
    db,
    `SELECT ${COMMENT_COLUMNS}
      WHERE c.id = (SELECT COALESCE(x.thread_id, x.id) FROM record_comment x
                     WHERE x.id = $3 AND x.record_type = $1 AND x.entity_id = $2)
      FOR UPDATE OF c`,
    [record.table.name, record.entityId, commentId],
  );
}

/** The threads of a record still open, to check on a resubmission. */
export function selectOpenThreads(
  db: EntityManager,
  record: CommentedRecord,
): Promise<CommentRow[]> {
  return sqlRows<CommentRow>(
    db,
    `SELECT ${COMMENT_COLUMNS}
      WHERE c.record_type = $1 AND c.entity_id = $2 AND c.thread_id IS NULL AND c.resolved_at IS NULL
      ORDER BY c.created_at FOR UPDATE OF c`,
    [record.table.name, record.entityId],
  );
}

export interface NewComment {
  threadId: string | null;
  partKind: CommentPartKind;
  partKey: string | null;
  body: string;
  recordVersion: number;
  authorId: string;
}

/** Writes a comment; its id. */
export async function insertComment(
  db: EntityManager,
  record: CommentedRecord,
  comment: NewComment,
): Promise<string> {
  const row = await sqlRow<{ id: string }>(
    db,
    `INSERT INTO record_comment (record_type, entity_id, thread_id, part_kind, part_key, body, record_version, author_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      record.table.name,
      record.entityId,
      comment.threadId,
      comment.partKind,
      comment.partKey,
      comment.body,
      comment.recordVersion,
      comment.authorId,
    ],
  );
  return row!.id;
}

/** Resolves threads (a resolution and who), or opens them again (null). */
export async function setThreadResolution(
  db: EntityManager,
  threadIds: readonly string[],
  resolution: { how: ThreadResolution; by: string } | null,
): Promise<void> {
  await sqlRows(
    db,
    `UPDATE record_comment
        SET resolution = $2, resolved_by = $3, resolved_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END
      WHERE id = ANY($1::uuid[])`,
    [threadIds, resolution?.how ?? null, resolution?.by ?? null],
  );
}

/**
 * The open threads of a record as its view lists them, as a JSON column on alias `t`: the table
 * name and the SQL of its audit entity id.
 */
export const openThreadsColumn = (table: string, entityId: string) =>
  `COALESCE((SELECT json_agg(json_build_object('id', oc.id, 'part', json_build_object('kind', oc.part_kind, 'key', oc.part_key),
                                               'body', oc.body, 'author', oa.email, 'createdAt', oc.created_at)
                             ORDER BY oc.created_at, oc.id)
               FROM record_comment oc JOIN app_user oa ON oa.id = oc.author_id
              WHERE oc.record_type = '${table}' AND oc.entity_id = ${entityId}
                AND oc.thread_id IS NULL AND oc.resolved_at IS NULL), '[]') AS open_comments`;
