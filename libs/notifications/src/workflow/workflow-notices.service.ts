import { AppConfig } from '@app/config';
import type { NotifyTransitionPayload, SendWorkflowBatchPayload } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryOutcome, EmailDeliveries } from '../delivery/email-deliveries.service';
import { recipientOf } from '../delivery/recipient.queries';
import {
  batchWindowStart,
  isSubmission,
  notificationKind,
  recordPath,
  transitionKey,
} from '../domain/workflow-notice';
import { renderWorkflowBatch, renderWorkflowNotice, WorkflowLine } from '../render/workflow-email';
import {
  createNotifications,
  NotificationMailRow,
  notificationForMail,
  notificationsForMail,
  openThreadsAt,
} from './workflow.queries';

/** The emails a transition's notifications call for. */
export interface WorkflowEmails {
  notices: string[];
  batches: SendWorkflowBatchPayload[];
}

/**
 * Workflow notifications: a transition becomes one in-app notification per person concerned
 * (submissions: the coordinators of the country's processes; review outcomes: the country's
 * focal points), and the emails their choices call for. Each step is safe to run twice: the
 * notifications are unique per transition and recipient, each email has its own delivery key.
 */
@Injectable()
export class WorkflowNotices {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: EmailDeliveries,
    private readonly config: AppConfig,
  ) {}

  /** Creates the transition's notifications; returns the emails to queue. */
  async notify({ transition, occurredAt }: NotifyTransitionPayload): Promise<WorkflowEmails> {
    const kind = notificationKind(transition);
    const rows = await createNotifications(
      this.dataSource.manager,
      isSubmission(kind) ? 'coordinators' : 'focal_points',
      {
        kind,
        eventKey: transitionKey(transition),
        recordType: transition.record,
        country: transition.country,
        period: transition.period,
        action: transition.action ?? null,
        actorId: transition.actorId,
        comment: transition.comment ?? null,
        occurredAt,
      },
    );
    const immediate = rows.filter((row) => row.email === 'immediately');
    const windowMs = this.config.schedules.workflowBatchMs;
    return isSubmission(kind)
      ? {
          notices: [],
          batches: immediate.map((row) => ({
            userId: row.userId,
            windowStart: batchWindowStart(row.createdAt, windowMs).toISOString(),
          })),
        }
      : { notices: immediate.map((row) => row.id), batches: [] };
  }

  /** One review outcome's email to a focal point; a second call sends nothing. */
  async sendNotice(notificationId: string): Promise<DeliveryOutcome | 'nothing'> {
    const row = await notificationForMail(this.dataSource.manager, notificationId);
    const user = row && (await recipientOf(this.dataSource.manager, row.userId));
    if (!row || !user?.active || row.email !== 'immediately') return 'nothing';
    // A return lists the comments on its parts that it asks the focal point to answer.
    const openComments =
      row.kind === 'record_returned' ? await openThreadsAt(this.dataSource.manager, row) : [];
    const rendered = renderWorkflowNotice(
      { ...this.line(row), openComments },
      {
        locale: user.locale,
        recipientName: user.name,
        manageUrl: `${this.config.appBaseUrl}/profile`,
      },
    );
    return this.deliveries.deliver({
      key: `workflow:${row.id}`,
      kind: 'workflow_notice',
      userId: user.id,
      to: user.email,
      window: row.createdAt.toISOString(),
      ...rendered,
      content: { notifications: [row.id] },
    });
  }

  /** A coordinator's one email of the submissions that arrived in a batch window. */
  async sendBatch(payload: SendWorkflowBatchPayload): Promise<DeliveryOutcome | 'nothing'> {
    const user = await recipientOf(this.dataSource.manager, payload.userId);
    if (!user?.active) return 'nothing';
    const from = new Date(payload.windowStart);
    const until = new Date(from.getTime() + this.config.schedules.workflowBatchMs);
    const rows = (
      await notificationsForMail(this.dataSource.manager, {
        userId: user.id,
        email: 'immediately',
        from,
        until,
      })
    ).filter((row) => isSubmission(row.kind));
    if (rows.length === 0) return 'nothing';
    const rendered = renderWorkflowBatch(
      rows.map((row) => this.line(row)),
      {
        locale: user.locale,
        recipientName: user.name,
        manageUrl: `${this.config.appBaseUrl}/profile`,
      },
    );
    return this.deliveries.deliver({
      key: `workflow-batch:${user.id}:${payload.windowStart}`,
      kind: 'workflow_batch',
      userId: user.id,
      to: user.email,
      window: payload.windowStart,
      ...rendered,
      content: { notifications: rows.map((row) => row.id) },
    });
  }

  /** A recipient's notifications for their digest, counted from `from` until `until`. */
  async forDigest(userId: string, from: Date, until: Date): Promise<WorkflowLine[]> {
    const rows = await notificationsForMail(this.dataSource.manager, {
      userId,
      email: 'digest',
      from,
      until,
    });
    return rows.map((row) => this.line(row));
  }

  private line(row: NotificationMailRow): WorkflowLine {
    return {
      kind: row.kind,
      recordType: row.recordType,
      countryName: row.countryName,
      period: row.period,
      action: row.action,
      actorName: row.actorName,
      comment: row.comment,
      url: `${this.config.appBaseUrl}${recordPath(row)}`,
    };
  }
}
