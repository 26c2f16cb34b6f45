import { sqlWrites } from '@app/database';
import { EntityManager } from 'typeorm';
import { outboxMessage } from './outbox.queries';

/** Topics of outbox messages and their payloads: one typed place for both. */
export interface OutboxTopics {
  /** A country's reports or indicator values for a period changed: its regions' summaries are stale. */
  'reporting.changed': {
    country: string;
    period: string;
    /**
     * Validated data changed (a validation or a reopening): the next period's summaries compare
     * with it. Drafts, submissions and returns change only their own period's. Absent from
     * messages written before it was added: read as true.
     */
    validatedChanged?: boolean;
  };
  /**
   * A period was added or its due date changed, or a treaty's status import changed what is known
   * at its end: every summary of that period is stale.
   */
  'period.changed': { period: string };
  /** An email about an account to its owner; `key` makes it go out once. */
  'account.notice': AccountNotice;
  /** A reviewed record was submitted, returned, validated or reopened: tell the people concerned. */
  'record.transitioned': RecordTransition;
}

/** One workflow transition of a reviewed record; `version` (after it) makes it unique. */
export interface RecordTransition {
  record: 'report' | 'indicator_set';
  country: string;
  period: string;
  /** Reports only. */
  action?: string;
  event: 'submit' | 'return' | 'validate' | 'reopen';
  /** A submit of a record that had been returned. */
  resubmit: boolean;
  version: number;
  actorId: string;
  comment?: string;
}

/** The account emails, each with what its text needs. */
export type AccountNotice =
  | {
      kind: 'sign_in_failures';
      userId: string;
      key: string;
      /** Failed sign-ins in the last 15 minutes when the notice was raised. */
      failures: number;
    }
  | {
      /** A single-use link: the worker rebuilds its token from the id (never in the payload). */
      kind: 'invitation' | 'password_reset';
      userId: string;
      key: string;
      linkId: string;
      expiresAt: string;
    }
  | {
      /** As typed: the worker finds the account, if there is one, and issues the link. */
      kind: 'password_reset_request';
      email: string;
      key: string;
      linkId: string;
      expiresAt: string;
    }
  | { kind: 'password_changed' | 'two_factor_reset'; userId: string; key: string };
export type OutboxTopic = keyof OutboxTopics;

/** Adds a message inside the caller's transaction. */
export async function publishToOutbox<T extends OutboxTopic>(
  manager: EntityManager,
  topic: T,
  payload: OutboxTopics[T],
): Promise<void> {
  await sqlWrites(manager, [outboxMessage(topic, payload)]);
}
