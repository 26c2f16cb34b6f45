import { isLocale } from '@app/i18n';
import { SendDigestPayload } from '@app/queue';
import { StoredSummary, SummariesService } from '@app/summaries';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RecipientRow } from '../delivery/recipient.queries';
import {
  countingStart,
  currentPeriod,
  DigestBaseline,
  newValidations,
  sectionPeriods,
  ValidationEvent,
} from '../domain/digest';
import { firstDigestSince, localDate } from '../domain/schedule-window';
import type { WorkflowLine } from '../render/workflow-email';
import { WorkflowNotices } from '../workflow/workflow-notices.service';
import { digestRecipient, SubscribedProcessRow, validationsSince } from './digest.queries';

/** A stored summary a digest reports on (null until the worker computed it). */
export interface DigestSummary {
  process: string;
  processName: string;
  period: string;
  stored: StoredSummary | null;
}

/** Everything one subscriber's digest for one window is made from. */
export interface DigestMaterial {
  recipient: RecipientRow;
  payload: SendDigestPayload;
  /** The email's idempotency key. */
  key: string;
  subscriptions: SubscribedProcessRow[];
  /** What the last digest the subscriber got reported, if any. */
  previous: DigestBaseline | null;
  /** When the changes are counted from: the last digest, or a window back. */
  since: Date;
  countedUntil: Date;
  /** Validations since the last digest that it did not announce. */
  validations: ValidationEvent[];
  summaries: DigestSummary[];
  /** The workflow notifications the subscriber wants in the digest, since the last one. */
  workflow: WorkflowLine[];
}

/** Reads what a digest needs; null when there is nothing to send (inactive, unsubscribed). */
@Injectable()
export class LoadDigest {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly summaries: SummariesService,
    private readonly workflowNotices: WorkflowNotices,
  ) {}

  async execute(payload: SendDigestPayload, now: Date): Promise<DigestMaterial | null> {
    const db = this.dataSource.manager;
    const key = `digest:${payload.userId}:${payload.frequency}:${payload.window}`;
    const found = await digestRecipient(db, payload.userId, payload.frequency, key);
    if (!found?.recipient.active) return null;
    const { recipient, subscriptions, last, periods, hasDigestNotices } = found;
    if (subscriptions.length === 0) return null;
    const previous = last?.content ?? null;
    const since = last?.sentAt ?? firstDigestSince(payload.frequency, now);
    // Taken before counting: the next digest counts again from here.
    const countedUntil = new Date();
    const processes = subscriptions.map((s) => s.process);
    const countFrom = countingStart(previous, since);
    const counted = await validationsSince(db, processes, countFrom);
    const validations = newValidations(counted, previous);
    const current = currentPeriod(periods, localDate(now, recipient.timeZone));
    const summaries: DigestSummary[] = [];
    for (const { process, processName } of subscriptions)
      for (const period of sectionPeriods(process, current, validations))
        summaries.push({
          process,
          processName,
          period,
          // Its framework texts in the recipient's language; null until the worker computed it.
          stored: await this.summaries.storedIfAny(
            process,
            period,
            isLocale(recipient.locale) ? recipient.locale : 'en',
          ),
        });
    const workflow = hasDigestNotices
      ? await this.workflowNotices.forDigest(recipient.id, countFrom, countedUntil)
      : [];
    return {
      recipient,
      payload,
      key,
      subscriptions,
      previous,
      since,
      countedUntil,
      validations,
      summaries,
      workflow,
    };
  }
}
