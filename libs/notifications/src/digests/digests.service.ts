import { DigestsPayload, SendDigestPayload, SendDigestsPayload } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryOutcome, EmailDeliveries } from '../delivery/email-deliveries.service';
import { digestWindow } from '../domain/schedule-window';
import { buildDigest } from './build-digest';
import { DigestMail } from './digest-mail';
import { digestSubscribers } from './digest.queries';
import { LoadDigest } from './load-digest';

/** Digests per job: the queue's bookkeeping per job was a twentieth of an email's cost. */
const DIGESTS_PER_JOB = 25;

/**
 * Digests: who gets one for a schedule, and each subscriber's one email per window covering all
 * their processes of that frequency, with what changed since the last digest they got.
 */
@Injectable()
export class DigestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly load: LoadDigest,
    private readonly mail: DigestMail,
    private readonly deliveries: EmailDeliveries,
  ) {}

  /**
   * The digest emails a schedule firing at `now` calls for, one per subscriber and window, in
   * batches of DIGESTS_PER_JOB.
   */
  async due(payload: DigestsPayload, now = new Date()): Promise<SendDigestsPayload[]> {
    const subscribers = await digestSubscribers(
      this.dataSource.manager,
      payload.frequency,
      payload.timeZone ?? null,
    );
    const batches: SendDigestsPayload[] = [];
    for (let start = 0; start < subscribers.length; start += DIGESTS_PER_JOB)
      batches.push({
        frequency: payload.frequency,
        recipients: subscribers.slice(start, start + DIGESTS_PER_JOB).map((subscriber) => ({
          userId: subscriber.id,
          window: digestWindow(payload.frequency, now, subscriber.timeZone),
        })),
      });
    return batches;
  }

  /**
   * Sends a batch's digests one after the other, each at most once. A failure does not stop the
   * batch: the others are sent, then the batch fails, to be retried with backoff, and the retry
   * sends only what is still unsent. Returns each subscriber's outcome.
   */
  async sendBatch(
    batch: SendDigestsPayload,
    now = new Date(),
  ): Promise<Record<string, DeliveryOutcome | 'nothing'>> {
    const outcomes: Record<string, DeliveryOutcome | 'nothing'> = {};
    const failures: Error[] = [];
    for (const { userId, window } of batch.recipients) {
      try {
        outcomes[userId] = await this.send({ userId, frequency: batch.frequency, window }, now);
      } catch (error) {
        failures.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
    if (failures.length)
      throw new Error(
        `${failures.length} of ${batch.recipients.length} digests not sent yet (${failures[0].message})`,
      );
    return outcomes;
  }

  /** Builds and sends one subscriber's digest for a window; a second call sends nothing. */
  async send(payload: SendDigestPayload, now = new Date()): Promise<DeliveryOutcome | 'nothing'> {
    const material = await this.load.execute(payload, now);
    if (!material) return 'nothing';
    const digest = buildDigest(material);
    return this.deliveries.deliver(this.mail.compose(material, digest));
  }
}
