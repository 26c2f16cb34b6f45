import { AuditTrail } from '@app/audit';
import type { Actor } from '@app/auth';
import { StaleVersion } from '@app/problems';
import { publishToOutbox } from '@app/queue';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { transition, WorkflowEvent, WorkflowState } from '@app/domain';

/** 409: a closed period takes no edits or submissions until an admin reopens it. */
export const periodClosed = (period: string, doing: string) =>
  new ConflictException(
    `The ${period} reporting period is closed: ${doing} is not possible until an admin reopens it.`,
  );

/** Which reviewed record a transition acts on. */
export interface ReviewTarget {
  table: 'report' | 'indicator_set';
  /** SQL condition on the table identifying the record, with $1… parameters. */
  where: string;
  params: unknown[];
  entityType: 'report' | 'indicator_set';
  entityId: string;
  country: string;
  period: string;
  /** How the record is named in messages: "The report MEX/2025/d". */
  label: string;
}

export interface TransitionRequest {
  event: Exclude<WorkflowEvent, 'save'>;
  comment?: string;
  expectedVersion?: number | null;
  /** The current content, kept when validating so later changes can be shown. */
  snapshot?: () => Promise<unknown>;
}

/** The review workflow applied to a row: checks, state change, audit and outbox in one transaction. */
@Injectable()
export class ReviewWorkflow {
  constructor(private readonly audit: AuditTrail) {}

  async assertPeriodOpen(manager: EntityManager, period: string, doing: string): Promise<void> {
    const [row] = await manager.query(`SELECT state FROM reporting_period WHERE code = $1`, [
      period,
    ]);
    if (!row) throw new NotFoundException(`No reporting period ${period}`);
    if (row.state !== 'open') throw periodClosed(period, doing);
  }

  /** Locks the record and returns its state, version and its period's state (404 when none). */
  async lock(
    manager: EntityManager,
    target: ReviewTarget,
  ): Promise<{ state: WorkflowState; version: number; periodState: string }> {
    const [row] = await manager.query(
      `SELECT t.state, t.version, p.state AS "periodState"
         FROM ${target.table} t JOIN reporting_period p ON p.code = t.period_code
        WHERE ${target.where} FOR UPDATE OF t`,
      target.params,
    );
    if (!row) throw new NotFoundException(`${target.label} does not exist yet.`);
    return row;
  }

  /** Refuses an event the current state does not allow, with a 409 naming that state. */
  assertAllowed(label: string, state: WorkflowState | null, event: WorkflowEvent): WorkflowState {
    const result = transition(state, event);
    if (!result.allowed)
      throw new ConflictException(`${label} cannot be ${PAST[event]}. ${result.reason}`);
    return result.state;
  }

  async apply(
    manager: EntityManager,
    actor: Actor,
    target: ReviewTarget,
    request: TransitionRequest,
  ): Promise<void> {
    const current = await this.lock(manager, target);
    if (
      (request.event === 'submit' || request.event === 'reopen') &&
      current.periodState !== 'open'
    )
      throw periodClosed(target.period, request.event === 'submit' ? 'submitting' : 'reopening');
    if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
      throw new StaleVersion(current.version);
    }
    const next = this.assertAllowed(target.label, current.state, request.event);
    const snapshot =
      request.event === 'validate' && request.snapshot ? await request.snapshot() : null;
    const params = [...target.params];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const by = p(actor.id);
    const sets = [
      `state = ${p(next)}`,
      'version = version + 1',
      'updated_at = now()',
      `updated_by = ${by}`,
    ];
    if (request.event === 'submit') sets.push('submitted_at = now()', `submitted_by = ${by}`);
    else sets.push('reviewed_at = now()', `reviewed_by = ${by}`);
    if (request.event === 'return' || request.event === 'reopen')
      sets.push(`review_comment = ${p(request.comment ?? null)}`);
    if (request.event === 'validate') {
      sets.push(
        // The return comment was answered; it stays in the history.
        'review_comment = NULL',
        'validated_at = now()',
        `validated_by = ${by}`,
        `validated_content = ${p(JSON.stringify(snapshot))}::jsonb`,
      );
    }
    await manager.query(
      `UPDATE ${target.table} SET ${sets.join(', ')} WHERE ${target.where}`,
      params,
    );
    await this.audit.record(manager, actor, {
      action: `${target.entityType}.${PAST[request.event]}`,
      entityType: target.entityType,
      entityId: target.entityId,
      before: { state: current.state, version: current.version },
      after: {
        state: next,
        version: current.version + 1,
        ...(request.comment ? { comment: request.comment } : {}),
      },
    });
    // Submissions, reviews and reopenings change what regional summaries count.
    await publishToOutbox(manager, 'reporting.changed', {
      country: target.country,
      period: target.period,
    });
  }
}

const PAST: Record<WorkflowEvent, string> = {
  save: 'edited',
  submit: 'submitted',
  return: 'returned',
  validate: 'validated',
  reopen: 'reopened',
};
