import { AppConfig } from '@app/config';
import { DigestsPayload, SendDigestPayload } from '@app/queue';
import { StoredSummary, SummariesService } from '@app/summaries';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  baselineOf,
  DigestBaseline,
  DigestSection,
  digestSections,
  ValidationEvent,
} from '../domain/digest';
import { digestWindow, firstDigestSince, localDate } from '../domain/schedule-window';
import { DeliveryOutcome, EmailDeliveries } from '../delivery/email-deliveries.service';
import { areaChartPng } from '../render/area-chart-png';
import { renderDigest } from '../render/digest-email';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  active: boolean;
}

const CHARTS_KEPT = 500;
/** How far back of the last digest's count the next one looks again. */
const COUNT_OVERLAP_MS = 10 * 60 * 1000;

const announcementOf = (v: ValidationEvent) =>
  `${v.process}/${v.country}/${v.period}/${v.action}@${v.validatedAt}`;

/**
 * Digests: who gets one for a schedule, and each subscriber's one email per window covering all
 * their processes of that frequency, with what changed since the last digest they got.
 */
@Injectable()
export class DigestsService {
  /** Charts by summary and computation time: the same for every subscriber of a process. */
  private readonly charts = new Map<string, Buffer>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly summaries: SummariesService,
    private readonly deliveries: EmailDeliveries,
    private readonly subscriptions: SubscriptionsService,
    private readonly config: AppConfig,
  ) {}

  /** The digest emails a schedule firing at `now` calls for: one per subscriber and window. */
  async due(payload: DigestsPayload, now = new Date()): Promise<SendDigestPayload[]> {
    const rows: Array<{ id: string; timeZone: string }> = await this.dataSource.query(
      `SELECT DISTINCT u.id, u.time_zone AS "timeZone"
         FROM subscription s JOIN app_user u ON u.id = s.user_id
        WHERE u.active AND s.frequency = $1 AND ($2::text IS NULL OR u.time_zone = $2)
        ORDER BY u.id`,
      [payload.frequency, payload.timeZone ?? null],
    );
    return rows.map((row) => ({
      userId: row.id,
      frequency: payload.frequency,
      window: digestWindow(payload.frequency, now, row.timeZone),
    }));
  }

  /** Builds and sends one subscriber's digest for a window; a second call sends nothing. */
  async send(payload: SendDigestPayload, now = new Date()): Promise<DeliveryOutcome | 'nothing'> {
    const [user]: Recipient[] = await this.dataSource.query(
      `SELECT id, email, name, locale, time_zone AS "timeZone", active FROM app_user WHERE id = $1`,
      [payload.userId],
    );
    if (!user?.active) return 'nothing';
    const subscribed: Array<{ id: string; process: string; processName: string }> =
      await this.dataSource.query(
        `SELECT s.id, s.process_code AS process, p.name AS "processName"
           FROM subscription s JOIN regional_process p ON p.code = s.process_code
          WHERE s.user_id = $1 AND s.frequency = $2 ORDER BY p.sort_order, s.process_code`,
        [user.id, payload.frequency],
      );
    if (subscribed.length === 0) return 'nothing';
    const key = `digest:${user.id}:${payload.frequency}:${payload.window}`;
    const [previous]: Array<{ content: DigestBaseline | null; sentAt: Date }> =
      await this.dataSource.query(
        `SELECT content, sent_at AS "sentAt" FROM email_delivery
          WHERE user_id = $1 AND kind = 'digest' AND status = 'sent' AND "window" LIKE $2 AND idempotency_key <> $3
          ORDER BY sent_at DESC LIMIT 1`,
        [user.id, `${payload.frequency}:%`, key],
      );
    const since = previous?.sentAt ?? firstDigestSince(payload.frequency, now);
    // Validations are counted from a little before where the last digest stopped counting (a
    // validation committed while it was being sent is not lost), minus those it announced.
    const countedUntil = new Date();
    const countFrom = previous?.content?.countedUntil
      ? new Date(Date.parse(previous.content.countedUntil) - COUNT_OVERLAP_MS)
      : since;
    const announced = new Set(previous?.content?.announced ?? []);
    const processes = subscribed.map((s) => s.process);
    const counted: ValidationEvent[] = await this.dataSource.query(
      `SELECT m.process_code AS process, r.period_code::text AS period, r.country_iso3::text AS country,
              c.name AS "countryName", r.action_code::text AS action, to_json(r.validated_at) #>> '{}' AS "validatedAt"
         FROM report r
         JOIN process_membership m ON m.country_iso3 = r.country_iso3 AND m.role = 'member'
         JOIN country c ON c.iso3 = r.country_iso3
        WHERE m.process_code = ANY($1) AND r.state = 'validated' AND r.validated_at > $2
        ORDER BY r.validated_at, r.country_iso3, r.action_code`,
      [processes, countFrom],
    );
    const validations = counted.filter((v) => !announced.has(announcementOf(v)));
    const current = await this.currentPeriod(localDate(now, user.timeZone));
    const inputs = [];
    for (const subscription of subscribed) {
      const periods = new Set([
        ...(current ? [current] : []),
        ...validations.filter((v) => v.process === subscription.process).map((v) => v.period),
      ]);
      for (const period of [...periods].sort().reverse()) {
        const stored = await this.stored(subscription.process, period);
        inputs.push({ ...subscription, period, stored });
      }
    }
    const sections = digestSections(
      inputs.map(({ process, processName, period, stored }) => ({
        process,
        processName,
        period,
        summary: stored?.view ?? null,
      })),
      previous?.content ?? null,
      validations,
      (_code, nameEn, nameEs) => (user.locale === 'es' ? nameEs : nameEn),
    );
    const charts = new Map(
      inputs.flatMap(({ process, period, stored }, index) =>
        stored ? [[`${process}/${period}`, this.chart(stored, sections[index])] as const] : [],
      ),
    );
    const cid = (section: DigestSection) =>
      charts.has(`${section.process}/${section.period}`)
        ? `areas-${section.process}-${section.period}@gcm9.tracker`
        : null;
    const base = this.config.appBaseUrl;
    const unsubscribeAll = this.unsubscribeUrl(
      user.id,
      subscribed.map((s) => s.id),
    );
    const rendered = renderDigest({
      locale: user.locale,
      recipientName: user.name,
      frequency: payload.frequency,
      since: localDate(since, user.timeZone),
      sections,
      summaryUrl: (process, period) => `${base}/summaries/${process}/${period}`,
      unsubscribeUrl: unsubscribeAll,
      unsubscribeProcessUrl: (process) =>
        this.unsubscribeUrl(
          user.id,
          subscribed.filter((s) => s.process === process).map((s) => s.id),
        ),
      manageUrl: `${base}/profile`,
      chartCid: cid,
    });
    return this.deliveries.deliver({
      key,
      kind: 'digest',
      userId: user.id,
      to: user.email,
      window: `${payload.frequency}:${payload.window}`,
      ...rendered,
      attachments: sections.flatMap((section) => {
        const png = charts.get(`${section.process}/${section.period}`);
        return png
          ? [
              {
                filename: `areas-${section.process}-${section.period}.png`,
                content: png,
                cid: cid(section)!,
                contentType: 'image/png',
              },
            ]
          : [];
      }),
      headers: {
        // One-click unsubscribe (RFC 8058) for mail clients that offer it.
        'List-Unsubscribe': `<${unsubscribeAll}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      content: {
        ...baselineOf(sections),
        countedUntil: countedUntil.toISOString(),
        announced: [...new Set(validations.map(announcementOf))],
      },
    });
  }

  private unsubscribeUrl(userId: string, subscriptionIds: string[]): string {
    const token = this.subscriptions.unsubscribeLink(userId, subscriptionIds);
    return `${this.config.appBaseUrl}/api/v1/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /** The period being reported now: the next one due, or the latest when none is due any more. */
  private async currentPeriod(today: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT code::text AS code FROM reporting_period
        ORDER BY (due_on >= $1) DESC, CASE WHEN due_on >= $1 THEN due_on END ASC, due_on DESC LIMIT 1`,
      [today],
    );
    return row?.code ?? null;
  }

  private async stored(process: string, period: string): Promise<StoredSummary | null> {
    try {
      return await this.summaries.stored(process, period);
    } catch (error) {
      if (error instanceof NotFoundException) return null;
      throw error;
    }
  }

  private chart(stored: StoredSummary, section: DigestSection): Buffer {
    const previous = section.summary?.areas.map((a) => a.previousPercent).join(',') ?? '';
    const key = `${stored.view.process}/${stored.view.period}/${stored.etag}/${previous}`;
    let png = this.charts.get(key);
    if (!png) {
      png = areaChartPng(
        (section.summary?.areas ?? []).map((area) => ({
          code: area.code,
          label: area.name,
          scorePercent: area.scorePercent,
          previousPercent: area.previousPercent,
        })),
      );
      if (this.charts.size >= CHARTS_KEPT) this.charts.delete(this.charts.keys().next().value!);
      this.charts.set(key, png);
    }
    return png;
  }
}
