import { sqlRow, SqlWrite } from '@app/database';
import type { TransitionEvent, WorkflowState } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { OpenThreadView } from '../views';

/** A table of reviewed records: the columns its key matches and how the audit trail names a row. */
export interface ReviewedTable {
  name: 'report' | 'indicator_set';
  /** Key columns, matched in order by the kind's key values. */
  key: readonly string[];
  /** The audit trail's entity id of a row, as SQL on alias `t`. */
  entityId: string;
}

/** A locked record: what the review rules look at, and its audit entity id. */
export interface LockedRecord {
  state: WorkflowState;
  version: number;
  periodOpen: boolean;
  entityId: string;
}

/** Whether each part of a record's key names something (action: null when it has none). */
export interface KeyStatus {
  countryKnown: boolean;
  periodState: 'open' | 'closed' | null;
  periodEndsOn: string | null;
  actionKnown: boolean | null;
}

export interface ReviewChange {
  event: TransitionEvent;
  state: WorkflowState;
  actorId: string;
  /** The return comment or the reopening reason. */
  comment: string | null;
  /** The content as validated (validate only). */
  snapshot: unknown;
}

const keyCondition = (table: ReviewedTable) =>
  table.key.map((column, index) => `t.${column} = $${index + 1}`).join(' AND ');

/** The review state of the record a key names, locked for the rest of the transaction. */
export const lockingRecordSelect = (table: ReviewedTable) =>
  `SELECT t.state, t.version, p.state = 'open' AS "periodOpen", ${table.entityId} AS "entityId"
     FROM ${table.name} t JOIN reporting_period p ON p.code = t.period_code
    WHERE ${keyCondition(table)} FOR UPDATE OF t`;

/** Locks the record for the rest of the transaction; undefined when there is none. */
export function lockRecord(
  db: EntityManager,
  table: ReviewedTable,
  key: readonly string[],
): Promise<LockedRecord | undefined> {
  return sqlRow<LockedRecord>(db, lockingRecordSelect(table), key, 'prepared');
}

/** The audit entity id of a record, if it exists. */
export async function entityIdOf(
  db: EntityManager,
  table: ReviewedTable,
  key: readonly string[],
): Promise<string | undefined> {
  const row = await sqlRow<{ entityId: string }>(
    db,
    `SELECT ${table.entityId} AS "entityId" FROM ${table.name} t WHERE ${keyCondition(table)}`,
    key,
  );
  return row?.entityId;
}

/** What each event sets beyond state, version and updater; `$by` and `$note` are placeholders. */
const SETS: Record<TransitionEvent, string> = {
  submit: 'submitted_at = now(), submitted_by = $by',
  // Withdrawn: not submitted any more (the submission stays in the history).
  withdraw: 'submitted_at = NULL, submitted_by = NULL',
  return: 'reviewed_at = now(), reviewed_by = $by, review_comment = $note',
  reopen: 'reviewed_at = now(), reviewed_by = $by, review_comment = $note',
  // The return comment was answered; it stays in the history.
  validate: `reviewed_at = now(), reviewed_by = $by, review_comment = NULL,
             validated_at = now(), validated_by = $by, validated_content = $note::jsonb`,
};

/** Moves a locked record to its next state, one version up. */
export function reviewStateUpdate(
  table: ReviewedTable,
  key: readonly string[],
  change: ReviewChange,
): SqlWrite {
  const by = `$${key.length + 1}`;
  const note = `$${key.length + 3}`;
  const sets = SETS[change.event].replace(/\$by/g, by).replace(/\$note/g, note);
  const notes = {
    submit: [],
    withdraw: [],
    return: [change.comment],
    reopen: [change.comment],
    validate: [JSON.stringify(change.snapshot)],
  }[change.event];
  return {
    text: `UPDATE ${table.name} t
              SET state = $${key.length + 2}, version = version + 1, updated_at = now(), updated_by = ${by}, ${sets}
            WHERE ${keyCondition(table)}`,
    values: [...key, change.actorId, change.state, ...notes],
  };
}

/**
 * Which part of a key ($1 country, $2 period, $3 action or null) names nothing; the period's
 * state. The action is typed as its key column (character), so a locking read joined to this
 * uses all three columns of the record's unique index.
 */
const KEY_STATUS = `SELECT EXISTS (SELECT 1 FROM country WHERE iso3 = $1) AS "countryKnown",
         p.state AS "periodState", p.ends_on AS "periodEndsOn",
         CASE WHEN $3::bpchar IS NULL THEN NULL
              ELSE EXISTS (SELECT 1 FROM action WHERE code = $3) END AS "actionKnown"
    FROM (SELECT 1) AS one LEFT JOIN reporting_period p ON p.code = $2`;

/** One round trip to tell which part of a key is unknown, and whether its period is open. */
export async function keyStatus(
  db: EntityManager,
  key: { country: string; period: string; action?: string },
): Promise<KeyStatus> {
  const status = await sqlRow<KeyStatus>(
    db,
    KEY_STATUS,
    [key.country, key.period, key.action ?? null],
    'prepared',
  );
  return status!;
}

/**
 * A save's first read, in one round trip: the key's status and the record it names, locked for
 * the rest of the transaction. `lockingSelect` takes the key as $1 country, $2 period, $3 action
 * and ends in FOR UPDATE; a row it finds has a version.
 */
export async function lockWithKeyStatus<Row extends { version: number }>(
  db: EntityManager,
  key: { country: string; period: string; action?: string },
  lockingSelect: string,
): Promise<{ status: KeyStatus; record: Row | undefined }> {
  const row = await sqlRow<KeyStatus & Row>(
    db,
    `SELECT k.*, r.* FROM (${KEY_STATUS}) k LEFT JOIN LATERAL (${lockingSelect}) r ON true`,
    [key.country, key.period, key.action ?? null],
    'prepared',
  );
  const { countryKnown, periodState, periodEndsOn, actionKnown, ...record } = row!;
  return {
    status: { countryKnown, periodState, periodEndsOn, actionKnown },
    record: record.version === null ? undefined : (record as unknown as Row),
  };
}

/** The review columns of a record view, on alias `t`, with the users named by their emails. */
export interface ReviewedRow {
  state: WorkflowState;
  version: number;
  review_comment: string | null;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  submitted_at: Date | null;
  submitted_by: string | null;
  validated_at: Date | null;
  validated_by: string | null;
  updated_at: Date;
  updated_by: string;
  period_open: boolean;
  open_comments: Array<Omit<OpenThreadView, 'createdAt'> & { createdAt: string }>;
}

export const REVIEWED_COLUMNS = `t.state, t.version, t.review_comment, t.reviewed_at, rv.email AS reviewed_by,
  t.submitted_at, sb.email AS submitted_by, t.validated_at, vb.email AS validated_by,
  t.updated_at, ub.email AS updated_by, p.state = 'open' AS period_open`;

export const REVIEWED_JOINS = `JOIN reporting_period p ON p.code = t.period_code
  JOIN app_user ub ON ub.id = t.updated_by
  LEFT JOIN app_user sb ON sb.id = t.submitted_by
  LEFT JOIN app_user rv ON rv.id = t.reviewed_by
  LEFT JOIN app_user vb ON vb.id = t.validated_by`;
