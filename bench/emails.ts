/**
 * npm run bench:emails — 10,000 subscribers' weekly digests rendered and delivered over SMTP.
 *
 * The real worker (digest fan-out, one job per email, rendering with inline charts, pooled
 * SMTP, delivery records) sends to a local SMTP server in another process. Baseline in the same
 * run: the same pooled transport sending one pre-rendered digest over and over, i.e. what the
 * SMTP path alone allows. Prints messages per second of both, their ratio, and peak memory.
 * Goal: all 10,000 within 60 s on this machine.
 */
import { NotificationJobs } from '@app/notifications';
import { SummariesService } from '@app/summaries';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { smtpOptions } from '../libs/notifications/src/delivery/mail-transport';
import { digestSections } from '../libs/notifications/src/domain/digest';
import { areaChartPng } from '../libs/notifications/src/render/area-chart-png';
import { renderDigest } from '../libs/notifications/src/render/digest-email';
import { startTestWorker } from '../test/helpers/test-worker';
import { startBenchEnvironment } from './lib/bench-environment';
import { printTable, round, writeResults } from './lib/measure';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10000);
const BASELINE_MESSAGES = 2000;
const GOAL_SECONDS = 60;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const counter = fork(join(__dirname, 'lib', 'smtp-counter.ts'), [], {
    execArgv: ['-r', 'ts-node/register'],
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
  });
  const port = await new Promise<number>((resolve) =>
    counter.once('message', (m: { port: number }) => resolve(m.port)),
  );
  const received = () =>
    new Promise<{ messages: number; bytes: number }>((resolve) => {
      counter.once('message', resolve);
      counter.send('count');
    });
  const smtpUrl = `smtp://127.0.0.1:${port}`;
  const bench = await startBenchEnvironment({ SMTP_URL: smtpUrl, OUTBOX_POLL_MS: '60000' });
  try {
    log(`Preparing ${SUBSCRIBERS} subscribers…`);
    const db = bench.dataSource;
    await db.query(
      `INSERT INTO app_user (email, name, password_hash, role, locale, time_zone)
       SELECT format('subscriber-%s@bench.example', n), format('Subscriber %s', n), 'not-a-usable-hash', 'analyst',
              (ARRAY['en', 'es', 'fr'])[1 + n % 3],
              (ARRAY['America/Mexico_City', 'America/Guatemala', 'America/Panama', 'America/Toronto', 'UTC'])[1 + n % 5]
         FROM generate_series(1, $1) AS n`,
      [SUBSCRIBERS],
    );
    // Each subscriber follows one to three processes weekly.
    await db.query(
      `INSERT INTO subscription (user_id, process_code, frequency)
       SELECT u.id, p.code, 'weekly'
         FROM app_user u
         JOIN LATERAL (SELECT code FROM regional_process ORDER BY abs(hashtext(u.email || code)) LIMIT 1 + abs(hashtext(u.email)) % 3) p ON true
        WHERE u.email LIKE 'subscriber-%'`,
    );
    const [{ subscriptions }] = await db.query(
      `SELECT count(*)::int AS subscriptions FROM subscription`,
    );
    const worker = await startTestWorker(bench.config);
    const summaries = worker.get(SummariesService);
    await summaries.recomputeMany(await summaries.pairs());

    log(`Baseline: ${BASELINE_MESSAGES} pre-rendered digests through the same pooled transport…`);
    // A real digest of two processes, chart included, rendered once.
    const stored = await Promise.all(['RCM', 'SACM'].map((p) => summaries.stored(p, '2026')));
    const sections = digestSections(
      stored.map((s) => ({
        process: s.view.process,
        processName: s.view.processName,
        period: '2026',
        summary: s.view,
      })),
      null,
      [],
      (_code, nameEn) => nameEn,
    );
    const rendered = renderDigest({
      locale: 'en',
      recipientName: 'Subscriber',
      frequency: 'weekly',
      since: '2026-11-16',
      sections,
      summaryUrl: (p, y) => `${bench.config.appBaseUrl}/summaries/${p}/${y}`,
      unsubscribeUrl: `${bench.config.appBaseUrl}/api/v1/unsubscribe?token=x`,
      unsubscribeProcessUrl: () => `${bench.config.appBaseUrl}/api/v1/unsubscribe?token=x`,
      manageUrl: `${bench.config.appBaseUrl}/profile`,
      chartCid: (section) => `areas-${section.process}@gcm9.tracker`,
    });
    const sample = {
      ...rendered,
      attachments: sections.map((section) => ({
        filename: `areas-${section.process}.png`,
        cid: `areas-${section.process}@gcm9.tracker`,
        contentType: 'image/png',
        content: areaChartPng(
          section.summary!.areas.map((a) => ({
            code: a.code,
            label: a.name,
            scorePercent: a.scorePercent,
          })),
        ),
      })),
    };
    const transport = createTransport(smtpOptions(smtpUrl, bench.config.mail.maxConnections));
    const baselineStart = Date.now();
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < BASELINE_MESSAGES; i += 1)
      pending.push(
        transport.sendMail({
          from: bench.config.mail.from,
          to: `baseline-${i}@bench.example`,
          ...sample,
        }),
      );
    await Promise.all(pending);
    const baselineSeconds = (Date.now() - baselineStart) / 1000;
    transport.close();
    const afterBaseline = (await received()).messages;

    log(`Sending the weekly digests of ${SUBSCRIBERS} subscribers…`);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 100);
    const started = Date.now();
    await worker.get(NotificationJobs).runNow('weekly');
    let delivered = 0;
    while (delivered < SUBSCRIBERS) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      delivered = (await received()).messages - afterBaseline;
      if (Date.now() - started > 10 * 60 * 1000) break;
    }
    const seconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    const { bytes } = await received();
    const [{ sent, failed }] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status = 'failed')::int AS failed FROM email_delivery`,
    );
    await worker.close();

    const rate = delivered / seconds;
    const baselineRate = BASELINE_MESSAGES / baselineSeconds;
    printTable('Digests delivered over SMTP', [
      ['what', 'messages', 'seconds', 'msg/s', 'ratio', 'goal'],
      [
        'pooled SMTP, one pre-rendered message',
        BASELINE_MESSAGES,
        round(baselineSeconds, 1),
        round(baselineRate, 0),
        '1.00',
        '',
      ],
      [
        `digests (${subscriptions} subscriptions)`,
        delivered,
        round(seconds, 1),
        round(rate, 0),
        round(rate / baselineRate).toFixed(2),
        `≤ ${GOAL_SECONDS} s`,
      ],
    ]);
    log(
      `Delivery records: ${sent} sent, ${failed} failed. Peak RSS of the worker process: ${Math.round(peakRss / 2 ** 20)} MiB. Average message: ${Math.round(bytes / (delivered + BASELINE_MESSAGES) / 1024)} KiB.`,
    );
    const file = writeResults('emails', {
      subscribers: SUBSCRIBERS,
      subscriptions,
      delivered,
      seconds: round(seconds, 1),
      messagesPerSecond: round(rate, 1),
      baseline: {
        messages: BASELINE_MESSAGES,
        seconds: round(baselineSeconds, 1),
        messagesPerSecond: round(baselineRate, 1),
      },
      ratio: round(rate / baselineRate),
      peakRssMiB: Math.round(peakRss / 2 ** 20),
      deliveryRecords: { sent, failed },
      goalSeconds: GOAL_SECONDS,
    });
    log(`\nResults written to ${file}`);
  } finally {
    counter.send('stop');
    await bench.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
