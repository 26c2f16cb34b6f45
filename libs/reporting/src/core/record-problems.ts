import {
  decide,
  ExpectedVersion,
  PAST_TENSE,
  Refusal,
  WorkflowEvent,
  WorkflowState,
} from '@app/domain';
import { Conflict, NotFound, Problem, StaleVersion } from '@app/problems';
import type { EntityManager } from 'typeorm';
import type { RecordKey, RecordKind } from './record-kind';
import { KeyStatus, keyStatus } from './record.queries';

/** 409: a closed period takes no edits or submissions until an admin reopens it. */
const periodClosed = (period: string, doing: string) =>
  new Conflict(
    `The ${period} reporting period is closed: ${doing} is not possible until an admin reopens it.`,
    {},
    { code: 'period_closed', values: { period } },
  );

/** The answer to a refused event: 409 or 412 problem details. */
export function refusalError(
  label: string,
  period: string,
  event: WorkflowEvent,
  refusal: Refusal,
): Problem {
  switch (refusal.kind) {
    case 'period_closed':
      return periodClosed(period, refusal.doing);
    case 'already_exists':
      return alreadyExists(refusal.current);
    case 'stale_version':
      return new StaleVersion(refusal.current);
    case 'not_allowed':
      return new Conflict(
        `${label} cannot be ${PAST_TENSE[event]}. ${refusal.reason}`,
        {},
        { code: 'not_allowed' },
      );
  }
}

/** The 404 for a part of the key that names nothing, if one does. */
function unknownKeyError(key: RecordKey, status: KeyStatus): NotFound | null {
  if (!status.countryKnown) return new NotFound(`No country with ISO3 code "${key.country}"`);
  if (!status.periodState) return new NotFound(`No reporting period ${key.period}`);
  if (status.actionKnown === false) return new NotFound(`No Objective 9 action (${key.action})`);
  return null;
}

/** The 404 for a record that is not there: which part of its key is unknown, or that it is not yet. */
export async function missingRecordError<Key extends RecordKey>(
  db: EntityManager,
  kind: RecordKind<Key, unknown>,
  key: Key,
): Promise<NotFound> {
  return unknownKeyError(key, await keyStatus(db, key)) ?? new NotFound(kind.missing(key));
}

/**
 * The checks of every save, in the order a client can act on them: the key names something,
 * the period is open, If-Match fits (none to create, the current ETag to update), the state
 * is editable.
 */
export function assertSavable(
  label: string,
  key: RecordKey,
  status: KeyStatus,
  existing: { state: WorkflowState; version: number } | undefined,
  expected: ExpectedVersion,
): void {
  const unknown = unknownKeyError(key, status);
  if (unknown) throw unknown;
  const record = {
    country: key.country,
    state: existing?.state ?? null,
    version: existing?.version ?? null,
    periodOpen: status.periodState === 'open',
  };
  const decision = decide(record, 'save', expected);
  if (!decision.allowed) throw refusalError(label, key.period, 'save', decision.refusal);
}

/**
 * A save without If-Match (a create) found the record there: someone created it since this client
 * opened it. Every loser of a create race gets this one answer, whether it read before or after
 * the winner's commit.
 */
const alreadyExists = (current: number) =>
  new StaleVersion(
    current,
    `This record already exists (now version ${current}): it was saved since you opened it. Reload it, reapply your change, and save again.`,
    'already_exists',
  );

/** Someone created the record between our read and our insert: they win, this client reloads. */
export const createdConcurrently = () => alreadyExists(1);
