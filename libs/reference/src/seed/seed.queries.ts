import type { EntityManager } from 'typeorm';

/** The actions that have at least one row in a mapping table (areas or SDG targets). */
export async function actionsWithMappings(
  db: EntityManager,
  table: 'action_area' | 'action_sdg_target',
): Promise<Set<string>> {
  const rows: Array<{ action_code: string }> = await db.query(
    `SELECT DISTINCT action_code FROM ${table}`,
  );
  return new Set(rows.map((row) => row.action_code));
}
