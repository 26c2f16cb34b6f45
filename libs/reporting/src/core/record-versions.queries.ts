import { sqlRow, SqlWrite } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { ReviewedTable } from './record.queries';

/** One save of a record: its content before (at the version it replaced) and after. */
export interface SavedContent {
  table: ReviewedTable;
  entityId: string;
  /** The version the save replaced and its content; none for a create. */
  before?: { version: number; content: unknown };
  version: number;
  content: unknown;
}

/**
 * The insert keeping the content of the version a save wrote, and of the one it replaced when
 * none is kept yet (a record last saved before versions were kept).
 */
export function savedContentWrite(saved: SavedContent): SqlWrite {
  const before = saved.before;
  return {
    text: `INSERT INTO record_version (record_type, entity_id, version, content)
           SELECT $1, $2, v.version, v.content
             FROM (VALUES ($3::int, $4::jsonb), ($5::int, $6::jsonb)) AS v (version, content)
            WHERE v.version IS NOT NULL
           ON CONFLICT DO NOTHING`,
    values: [
      saved.table.name,
      saved.entityId,
      before?.version ?? null,
      before ? JSON.stringify(before.content) : null,
      saved.version,
      JSON.stringify(saved.content),
    ],
  };
}

/**
 * The content a record had at a version: that of the latest save at or before it (transitions
 * move the version, not the content); undefined when no save that early is kept.
 */
export async function contentAtVersion(
  db: EntityManager,
  table: ReviewedTable,
  entityId: string,
  version: number,
): Promise<unknown> {
  const row = await sqlRow<{ content: unknown }>(
    db,
    `SELECT content FROM record_version
      WHERE record_type = $1 AND entity_id = $2 AND version <= $3
      ORDER BY version DESC LIMIT 1`,
    [table.name, entityId, version],
    'prepared',
  );
  return row?.content;
}

/**
 * The version a coordinator's last review (return, validation or reopening) left the record at,
 * from its audit trail; undefined when no coordinator has acted on it yet.
 */
export async function lastReviewedVersion(
  db: EntityManager,
  table: ReviewedTable,
  entityId: string,
): Promise<number | undefined> {
  const reviews = ['returned', 'validated', 'reopened'].map((verb) => `${table.name}.${verb}`);
  const row = await sqlRow<{ version: number }>(
    db,
    `SELECT (after ->> 'version')::int AS version FROM audit_event
      WHERE entity_type = $1 AND entity_id = $2 AND action = ANY($3::text[])
      ORDER BY id DESC LIMIT 1`,
    [table.name, entityId, reviews],
    'prepared',
  );
  return row?.version;
}
