import { sqlRow, sqlRows } from '@app/database';
import type { ReportContent } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { MemberLevelView, MemberStatuses } from './member-levels';
import type { PublicSummaryView } from './public-summary';

/** A publication without its content: what lists show. */
export interface PublicationRow {
  id: string;
  process: string;
  period: string;
  version: number;
  note: string;
  contentHash: string;
  publishedAt: Date;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
}

export interface PublicationWithContent extends PublicationRow {
  content: PublicSummaryView;
  /** Null in versions published before member levels were frozen. */
  memberLevels: MemberLevelView[] | null;
}

export interface NewPublication {
  process: string;
  period: string;
  note: string;
  content: PublicSummaryView;
  memberLevels: MemberLevelView[];
  contentHash: string;
  publishedAt: Date;
  publishedBy: string;
}

const COLUMNS = `p.id, p.process_code AS process, p.period_code::text AS period, p.version, p.note,
  p.content_hash AS "contentHash", p.published_at AS "publishedAt", p.withdrawn_at AS "withdrawnAt",
  p.withdrawal_reason AS "withdrawalReason"`;

// Publishing one process and period takes turns, so two at once get versions n and n + 1.
const PUBLICATION_LOCK_SPACE = 9_0002;

/** Holds the transaction's lock on one process and period's versions. */
export async function lockVersions(db: EntityManager, process: string, period: string) {
  await sqlRows(db, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
    PUBLICATION_LOCK_SPACE,
    `${process}/${period}`,
  ]);
}

/** Stores a publication as the next version of its process and period. */
export async function insertPublication(
  db: EntityManager,
  p: NewPublication,
): Promise<PublicationRow> {
  const row = await sqlRow<PublicationRow>(
    db,
    `INSERT INTO publication AS p (process_code, period_code, version, note, content, content_hash, published_at, published_by, member_levels)
     SELECT $1, $2, COALESCE(max(version), 0) + 1, $3, $4::jsonb, $5, $6, $7, $8::jsonb
       FROM publication WHERE process_code = $1 AND period_code = $2
     RETURNING ${COLUMNS}`,
    [
      p.process,
      p.period,
      p.note,
      JSON.stringify(p.content),
      p.contentHash,
      p.publishedAt,
      p.publishedBy,
      JSON.stringify(p.memberLevels),
    ],
  );
  return row!;
}

/** Every version of a process (and period, if given): newest period first, then newest version. */
export function listPublications(
  db: EntityManager,
  filter: { process?: string; period?: string },
): Promise<PublicationRow[]> {
  return sqlRows<PublicationRow>(
    db,
    `SELECT ${COLUMNS} FROM publication p
      WHERE ($1::text IS NULL OR p.process_code = $1) AND ($2::text IS NULL OR p.period_code = $2)
      ORDER BY p.process_code, p.period_code DESC, p.version DESC`,
    [filter.process ?? null, filter.period ?? null],
  );
}

export function publicationWithContent(
  db: EntityManager,
  id: string,
): Promise<PublicationWithContent | undefined> {
  return sqlRow<PublicationWithContent>(
    db,
    `SELECT ${COLUMNS}, p.content, p.member_levels AS "memberLevels" FROM publication p WHERE p.id = $1`,
    [id],
  );
}

/** The version before this one of the same process and period, with its content. */
export function previousVersion(
  db: EntityManager,
  of: PublicationRow,
): Promise<PublicationWithContent | undefined> {
  return sqlRow<PublicationWithContent>(
    db,
    `SELECT ${COLUMNS}, p.content, p.member_levels AS "memberLevels" FROM publication p
      WHERE p.process_code = $1 AND p.period_code = $2 AND p.version < $3
      ORDER BY p.version DESC LIMIT 1`,
    [of.process, of.period, of.version],
  );
}

/** Marks a publication withdrawn (once): its row stays, its content is no longer served. */
export function withdrawPublication(
  db: EntityManager,
  id: string,
  reason: string,
  at: Date,
): Promise<PublicationRow | undefined> {
  return sqlRow<PublicationRow>(
    db,
    `UPDATE publication p SET withdrawn_at = $3, withdrawal_reason = $2
      WHERE p.id = $1 AND p.withdrawn_at IS NULL RETURNING ${COLUMNS}`,
    [id, reason, at],
  );
}

/** A validated report as validated: its content goes through the sensitivity policy. */
export interface ValidatedReportRow {
  period: string;
  action: string;
  validatedAt: Date;
  content: ReportContent;
}

/** A country's validated reports, each with the content its validation kept. */
export function validatedReports(db: EntityManager, iso3: string): Promise<ValidatedReportRow[]> {
  return sqlRows(
    db,
    `SELECT r.period_code::text AS period, r.action_code::text AS action,
            r.validated_at AS "validatedAt", r.validated_content AS content
       FROM report r WHERE r.country_iso3 = $1 AND r.state = 'validated'
      ORDER BY r.period_code DESC, r.action_code`,
    [iso3],
  );
}

/**
 * Each member of a process with the statuses of its validated reports for the period, as
 * validated (what the public country profile shows), and the framework's number of actions.
 */
export function memberStatuses(
  db: EntityManager,
  process: string,
  period: string,
): Promise<MemberStatuses[]> {
  return sqlRows(
    db,
    `SELECT m.country_iso3::text AS country,
            COALESCE(array_agg(r.validated_content->>'status' ORDER BY r.action_code)
                       FILTER (WHERE r.id IS NOT NULL), '{}') AS statuses,
            (SELECT count(*) FROM action)::int AS "actionsExpected"
       FROM process_membership m
       LEFT JOIN report r ON r.country_iso3 = m.country_iso3 AND r.period_code = $2
                         AND r.state = 'validated'
      WHERE m.process_code = $1 AND m.role = 'member'
      GROUP BY m.country_iso3 ORDER BY m.country_iso3`,
    [process, period],
  );
}
