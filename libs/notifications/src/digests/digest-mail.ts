import { AppConfig } from '@app/config';
import { areaChartSvg, chartPng, StoredSummary } from '@app/summaries';
import { Injectable } from '@nestjs/common';
import { OutgoingEmail } from '../delivery/email-deliveries.service';
import type { DigestSection } from '../domain/digest';
import { localDate } from '../domain/schedule-window';
import { renderDigest } from '../render/digest-email';
import { messagesFor } from '../render/messages';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import type { BuiltDigest } from './build-digest';
import type { DigestMaterial } from './load-digest';

const CHARTS_KEPT = 500;

const sectionKey = (section: { process: string; period: string }) =>
  `${section.process}/${section.period}`;
const chartCid = (section: DigestSection) =>
  `areas-${section.process}-${section.period}@gcm9.tracker`;

/**
 * A digest as an email: rendered in HTML and text, each section's area chart inline, links to
 * the summaries and to unsubscribe (all, or one process), and one-click unsubscribe headers.
 */
@Injectable()
export class DigestMail {
  /** Charts by summary and computation time: the same for every subscriber of a process. */
  private readonly charts = new Map<string, Buffer>();

  constructor(
    private readonly config: AppConfig,
    private readonly subscriptions: SubscriptionsService,
  ) {}

  compose(material: DigestMaterial, digest: BuiltDigest): OutgoingEmail {
    const { recipient, payload } = material;
    const charts = new Map(
      material.summaries.flatMap((summary, index) =>
        summary.stored
          ? [
              [
                sectionKey(summary),
                this.chart(summary.stored, digest.sections[index], recipient.locale),
              ] as const,
            ]
          : [],
      ),
    );
    const cid = (section: DigestSection) =>
      charts.has(sectionKey(section)) ? chartCid(section) : null;
    const unsubscribeOf = (process?: string) =>
      this.unsubscribeUrl(
        recipient.id,
        material.subscriptions.filter((s) => !process || s.process === process).map((s) => s.id),
      );
    const unsubscribeAll = unsubscribeOf();
    const base = this.config.appBaseUrl;
    const rendered = renderDigest({
      locale: recipient.locale,
      recipientName: recipient.name,
      frequency: payload.frequency,
      since: localDate(material.since, recipient.timeZone),
      sections: digest.sections,
      summaryUrl: (process, period) => `${base}/summaries/${process}/${period}`,
      unsubscribeUrl: unsubscribeAll,
      unsubscribeProcessUrl: (process) => unsubscribeOf(process),
      manageUrl: `${base}/profile`,
      chartCid: cid,
      workflow: material.workflow,
    });
    return {
      key: material.key,
      kind: 'digest',
      userId: recipient.id,
      to: recipient.email,
      window: `${payload.frequency}:${payload.window}`,
      ...rendered,
      attachments: digest.sections.flatMap((section) => {
        const png = charts.get(sectionKey(section));
        return png
          ? [
              {
                filename: `areas-${section.process}-${section.period}.png`,
                content: png,
                cid: chartCid(section),
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
      content: { ...digest.record },
    };
  }

  private unsubscribeUrl(userId: string, subscriptionIds: string[]): string {
    const token = this.subscriptions.unsubscribeLink(userId, subscriptionIds);
    return `${this.config.appBaseUrl}/api/v1/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /** The area chart in the recipient's language: full area names, wrapped; "no data" in words. */
  private chart(stored: StoredSummary, section: DigestSection, locale: string): Buffer {
    const previous = section.summary?.areas.map((a) => a.previousPercent).join(',') ?? '';
    const key = `${stored.view.process}/${stored.view.period}/${stored.etag}/${locale}/${previous}`;
    let png = this.charts.get(key);
    if (!png) {
      const m = messagesFor(locale);
      const bars = (section.summary?.areas ?? []).map((area) => ({
        code: area.code,
        label: area.name,
        scorePercent: area.scorePercent,
        previousPercent: area.previousPercent,
      }));
      png = chartPng(areaChartSvg(bars, { title: m.areaScores, noData: m.noData }));
      if (this.charts.size >= CHARTS_KEPT) this.charts.delete(this.charts.keys().next().value!);
      this.charts.set(key, png);
    }
    return png;
  }
}
