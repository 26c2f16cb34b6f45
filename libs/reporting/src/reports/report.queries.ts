import { sqlRow, SqlWrite } from '@app/database';
import type { ReportContent } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { openThreadsColumn } from '../core/record-comments.queries';
import {
  KeyStatus,
  lockWithKeyStatus,
  REVIEWED_COLUMNS,
  REVIEWED_JOINS,
  ReviewedRow,
} from '../core/record.queries';

export interface ReportKey {
  country: string;
  period: string;
  action: string;
}

/** A report with its parts, its users by email, and its period's last day. */
export interface ReportRow extends ReviewedRow, ReportContent {
  id: string;
  country: string;
  period: string;
  action: string;
  validated_content: ReportContent | null;
  created_at: Date;
  created_by: string;
  period_ends_on: string;
}

/** The columns a save writes and answers with. */
export interface WrittenReport {
  id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** An action's framework as stored: checklist items, `item=treaty` pairs and default areas. */
export interface ActionFrameworkRow {
  known: boolean;
  items: string[];
  treaties: string[];
  areas: number[];
}

const SELECT_REPORT = `
  SELECT t.id, t.country_iso3::text AS country, t.period_code::text AS period, t.action_code::text AS action,
         t.status, t.narrative, t.sensitivity, t.areas::int[] AS areas, ${REVIEWED_COLUMNS}, t.validated_content,
         t.created_at, cb.email AS created_by, p.ends_on AS period_ends_on,
         ${openThreadsColumn('report', 't.id::text')},
         COALESCE((SELECT json_agg(json_build_object('item', a.item_code, 'answer', a.answer, 'note', a.note) ORDER BY i.sort_order)
                     FROM report_checklist_answer a JOIN checklist_item i ON i.code = a.item_code
                    WHERE a.report_id = t.id), '[]') AS checklist,
         COALESCE((SELECT json_agg(json_build_object('kind', e.kind, 'title', e.title, 'url', e.url, 'date', e.date,
                                                     'reference', e.reference, 'sensitivity', e.sensitivity) ORDER BY e.position)
                     FROM report_evidence e WHERE e.report_id = t.id), '[]') AS evidence
    FROM report t ${REVIEWED_JOINS}
    JOIN app_user cb ON cb.id = t.created_by
   WHERE t.country_iso3 = $1 AND t.period_code = $2 AND t.action_code = $3`;

/** The report with its parts. */
export function selectReport(db: EntityManager, key: ReportKey): Promise<ReportRow | undefined> {
  return sqlRow<ReportRow>(db, SELECT_REPORT, [key.country, key.period, key.action], 'prepared');
}

/** The key's status and the report with its parts, held for the rest of the transaction. */
export function lockReport(
  db: EntityManager,
  key: ReportKey,
): Promise<{ status: KeyStatus; record: ReportRow | undefined }> {
  return lockWithKeyStatus<ReportRow>(db, key, `${SELECT_REPORT} FOR UPDATE OF t`);
}

/** Creates the report unless someone just did (then undefined). */
export function insertReport(
  db: EntityManager,
  key: ReportKey,
  content: ReportContent,
  actorId: string,
): Promise<WrittenReport | undefined> {
  return sqlRow<WrittenReport>(
    db,
    `INSERT INTO report (country_iso3, period_code, action_code, status, narrative, sensitivity, areas, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
     ON CONFLICT (country_iso3, period_code, action_code) DO NOTHING
     RETURNING id, version, created_at, updated_at`,
    [
      key.country,
      key.period,
      key.action,
      content.status,
      content.narrative,
      content.sensitivity,
      content.areas,
      actorId,
    ],
    'prepared',
  );
}

/** Writes the report's own columns, one version up; answers with the written columns. */
export const reportUpdate = (id: string, content: ReportContent, actorId: string): SqlWrite => ({
  text: `UPDATE report SET status = $2, narrative = $3, sensitivity = $4, areas = $5, version = version + 1, updated_at = now(), updated_by = $6
          WHERE id = $1 RETURNING id, version, created_at, updated_at`,
  values: [id, content.status, content.narrative, content.sensitivity, content.areas, actorId],
});

/**
 * Replace the checklist answers and the evidence: given rows upserted, rows no longer given
 * deleted. Each touches rows the others do not, so they can run in one statement (`sqlWrites`).
 */
export function reportPartsWrites(id: string, content: ReportContent): SqlWrite[] {
  const checklist = JSON.stringify(content.checklist);
  const evidence = JSON.stringify(
    content.evidence.map((entry, index) => ({ ...entry, position: index + 1 })),
  );
  return [
    {
      text: `INSERT INTO report_checklist_answer (report_id, item_code, answer, note)
             SELECT $1, x.item, x.answer, x.note FROM jsonb_to_recordset($2::jsonb) AS x(item text, answer text, note text)
             ON CONFLICT (report_id, item_code) DO UPDATE SET answer = EXCLUDED.answer, note = EXCLUDED.note`,
      values: [id, checklist],
    },
    {
      text: `DELETE FROM report_checklist_answer
              WHERE report_id = $1 AND item_code NOT IN (SELECT x.item FROM jsonb_to_recordset($2::jsonb) AS x(item text))`,
      values: [id, checklist],
    },
    {
      text: `INSERT INTO report_evidence (report_id, position, kind, title, url, date, reference, sensitivity)
             SELECT $1, x.position, x.kind, x.title, x.url, x.date, x.reference, x.sensitivity
               FROM jsonb_to_recordset($2::jsonb)
                 AS x(position int, kind text, title text, url text, date date, reference text, sensitivity text)
             ON CONFLICT (report_id, position) DO UPDATE
                SET kind = EXCLUDED.kind, title = EXCLUDED.title, url = EXCLUDED.url,
                    date = EXCLUDED.date, reference = EXCLUDED.reference, sensitivity = EXCLUDED.sensitivity`,
      values: [id, evidence],
    },
    {
      text: `DELETE FROM report_evidence WHERE report_id = $1 AND position > $2`,
      values: [id, content.evidence.length],
    },
  ];
}

/** An action's checklist items (in order), treaty items and default Work Plan areas. */
export async function selectActionFramework(
  db: EntityManager,
  action: string,
): Promise<ActionFrameworkRow> {
  const row = await sqlRow<ActionFrameworkRow>(
    db,
    `SELECT EXISTS (SELECT 1 FROM action WHERE code = $1) AS known,
            ARRAY(SELECT code FROM checklist_item WHERE action_code = $1 ORDER BY sort_order) AS items,
            ARRAY(SELECT code || '=' || substring(prefill FROM 'treaty:(.*)') FROM checklist_item
                   WHERE action_code = $1 AND prefill IS NOT NULL ORDER BY sort_order) AS treaties,
            ARRAY(SELECT area_code FROM action_area WHERE action_code = $1 ORDER BY 1)::int[] AS areas`,
    [action],
  );
  return row!;
}
