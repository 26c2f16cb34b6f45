import { DigestsPayload, SendDigestPayload } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryOutcome, EmailDeliveries } from '../delivery/email-deliveries.service';
import { digestWindow } from '../domain/schedule-window';
import { buildDigest } from './build-digest';
import { DigestMail } from './digest-mail';
import { digestSubscribers } from './digest.queries';
import { LoadDigest } from './load-digest';

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

  /** The digest emails a schedule firing at `now` calls for: one per subscriber and window. */
  async due(payload: DigestsPayload, now = new Date()): Promise<SendDigestPayload[]> {
    const subscribers = await digestSubscribers(
      this.dataSource.manager,
      payload.frequency,
      payload.timeZone ?? null,
    );
    return subscribers.map((subscriber) => ({
      userId: subscriber.id,
      frequency: payload.frequency,
      window: digestWindow(payload.frequency, now, subscriber.timeZone),
    }));
  }

  /** Builds and sends one subscriber's digest for a window; a second call sends nothing. */
  async send(payload: SendDigestPayload, now = new Date()): Promise<DeliveryOutcome | 'nothing'> {
    const material = await this.load.execute(payload, now);
    if (!material) return 'nothing';
    const digest = buildDigest(material);
    return this.deliveries.deliver(this.mail.compose(material, digest));
  }
}
