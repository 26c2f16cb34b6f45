/**
 * npm run bench:emails — 10,000 subscribers' weekly digests rendered and delivered over SMTP.
 *
 * The real worker (digest fan-out, one job per email, rendering with inline charts, pooled
 * SMTP, delivery records) sends to a local SMTP server in another process. Baseline in the same
 * run: the same pooled transport sending 2,000 of those digests, rendered beforehand, three times
 * over, i.e. what the SMTP path alone allows for the same messages. Prints messages per second of both, their ratio, and peak memory.
 * Goal: at least 70% of the baseline's messages per second.
 */
import type { AppConfig } from '@app/config';
import { DigestsService, NotificationJobs } from '@app/notifications';
import { SummariesService } from '@app/summaries';
import type { INestApplicationContext } from '@nestjs/common';
import { ChildProcess, fork } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { smtpOptions } from '../libs/notifications/src/delivery/mail-transport';
import type { OutgoingEmail } from '../libs/notifications/src/delivery/email-deliveries.service';
import { buildDigest } from '../libs/notifications/src/digests/build-digest';
import { DigestMail } from '../libs/notifications/src/digests/digest-mail';
import { LoadDigest } from '../libs/notifications/src/digests/load-digest';
import { startTestWorker } from '../test/helpers/test-worker';
import { BenchEnvironment, startBenchEnvironment } from './lib/bench-environment';
import { printTable, round, writeResults } from './lib/measure';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10000);
const BASELINE_MESSAGES = 2000;
/** The baseline sends its messages this many times: long enough to be past its warm-up. */
const BASELINE_PASSES = 3;
/** Digests per second against the bare pooled SMTP's. */
const GOAL_RATIO = 0.7;
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The SMTP server in its own process, counting what it receives. */
async function startCounter() {
  const counter: ChildProcess = fork(join(__dirname, 'lib', 'smtp-counter.ts'), [], {
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
  return { smtpUrl: `smtp://127.0.0.1:${port}`, received, stop: () => counter.send('stop') };
}

type Counter = Awaited<ReturnType<typeof startCounter>>;

/** SUBSCRIBERS users, each following one to three processes weekly; returns the subscriptions. */
async function prepareSubscribers(db: DataSource): Promise<number> {
  log(`Preparing ${SUBSCRIBERS} subscribers…`);
  await db.query(
    `INSERT INTO app_user (email, name, password_hash, role, locale, time_zone)
     SELECT format('subscriber-%s@bench.example', n), format('Subscriber %s', n), 'not-a-usable-hash', 'analyst',
            (ARRAY['en', 'es', 'fr'])[1 + n % 3],
            (ARRAY['America/Mexico_City', 'America/Guatemala', 'America/Panama', 'America/Toronto', 'UTC'])[1 + n % 5]
       FROM generate_series(1, $1) AS n`,
    [SUBSCRIBERS],
  );
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
  return subscriptions;
}

/**
 * The first BASELINE_MESSAGES subscribers' own digests, rendered beforehand by the worker's own
 * code: the baseline sends exactly what the run sends, so the ratio is the cost of everything
 * around the SMTP path (queue, reads, rendering, delivery records), not of a different message.
 */
async function preRenderedDigests(worker: INestApplicationContext): Promise<OutgoingEmail[]> {
  const digests = worker.get(DigestsService);
  const load = worker.get(LoadDigest, { strict: false });
  const mail = worker.get(DigestMail, { strict: false });
  const now = new Date();
  const due = (await digests.due({ frequency: 'weekly', reason: 'on-demand' }, now)).flatMap(
    (batch) => batch.recipients.map((recipient) => ({ ...recipient, frequency: batch.frequency })),
  );
  const emails: OutgoingEmail[] = [];
  for (const payload of due.slice(0, BASELINE_MESSAGES)) {
    const material = await load.execute(payload, now);
    if (material) emails.push(mail.compose(material, buildDigest(material)));
  }
  return emails;
}

/** The baseline: the same pooled transport sending the pre-rendered digests. */
async function sendBaseline(
  worker: INestApplicationContext,
  config: AppConfig,
  counter: Counter,
): Promise<{ messages: number; seconds: number; received: number; bytes: number }> {
  log(`Baseline: rendering ${BASELINE_MESSAGES} subscribers' digests beforehand…`);
  const emails = await preRenderedDigests(worker);
  log(`Baseline: sending them ${BASELINE_PASSES} times through the same pooled transport…`);
  const transport = createTransport(smtpOptions(counter.smtpUrl, config.mail.maxConnections));
  const baselineStart = Date.now();
  for (let pass = 0; pass < BASELINE_PASSES; pass += 1)
    await Promise.all(
      emails.map(({ to, subject, html, text, attachments, headers }) =>
        transport.sendMail({
          from: config.mail.from,
          to,
          subject,
          html,
          text,
          attachments,
          headers,
        }),
      ),
    );
  const seconds = (Date.now() - baselineStart) / 1000;
  transport.close();
  const { messages, bytes } = await counter.received();
  return { messages: emails.length * BASELINE_PASSES, seconds, received: messages, bytes };
}

/** The weekly digests through the real worker, until all arrived; with the peak memory. */
async function sendDigests(
  worker: INestApplicationContext,
  counter: Counter,
  before: { received: number; bytes: number },
) {
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
    delivered = (await counter.received()).messages - before.received;
    if (Date.now() - started > 10 * 60 * 1000) break;
  }
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const bytes = (await counter.received()).bytes - before.bytes;
  return { delivered, seconds, peakRss, bytes };
}

async function report(
  db: DataSource,
  subscriptions: number,
  baseline: Awaited<ReturnType<typeof sendBaseline>>,
  run: Awaited<ReturnType<typeof sendDigests>>,
): Promise<void> {
  const { delivered, seconds, peakRss, bytes } = run;
  const [{ sent, failed }] = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
            count(*) FILTER (WHERE status = 'failed')::int AS failed FROM email_delivery`,
  );
  const rate = delivered / seconds;
  const baselineRate = baseline.messages / baseline.seconds;
  const kib = (total: number, messages: number) => Math.round(total / messages / 1024);
  printTable('Digests delivered over SMTP', [
    ['what', 'messages', 'KiB each', 'seconds', 'msg/s', 'ratio', 'goal'],
    [
      'pooled SMTP, the same digests pre-rendered',
      baseline.messages,
      kib(baseline.bytes, baseline.messages),
      round(baseline.seconds, 1),
      round(baselineRate, 0),
      '1.00',
      '',
    ],
    [
      `digests (${subscriptions} subscriptions)`,
      delivered,
      kib(bytes, delivered),
      round(seconds, 1),
      round(rate, 0),
      round(rate / baselineRate).toFixed(2),
      `≥ ${GOAL_RATIO.toFixed(2)}`,
    ],
  ]);
  log(
    `Delivery records: ${sent} sent, ${failed} failed. Peak RSS of the worker process (it also rendered the baseline's digests): ${Math.round(peakRss / 2 ** 20)} MiB.`,
  );
  const file = writeResults('emails', {
    subscribers: SUBSCRIBERS,
    subscriptions,
    delivered,
    seconds: round(seconds, 1),
    messagesPerSecond: round(rate, 1),
    baseline: {
      messages: baseline.messages,
      seconds: round(baseline.seconds, 1),
      messagesPerSecond: round(baselineRate, 1),
    },
    ratio: round(rate / baselineRate),
    peakRssMiB: Math.round(peakRss / 2 ** 20),
    deliveryRecords: { sent, failed },
    goalRatio: GOAL_RATIO,
  });
  log(`\nResults written to ${file}`);
}

async function main(): Promise<void> {
  const counter = await startCounter();
  let bench: BenchEnvironment | undefined;
  try {
    bench = await startBenchEnvironment({ SMTP_URL: counter.smtpUrl, OUTBOX_POLL_MS: '60000' });
    const subscriptions = await prepareSubscribers(bench.dataSource);
    const worker = await startTestWorker(bench.config);
    const summaries = worker.get(SummariesService);
    await summaries.recomputeMany(await summaries.pairs());
    const baseline = await sendBaseline(worker, bench.config, counter);
    const run = await sendDigests(worker, counter, baseline);
    await report(bench.dataSource, subscriptions, baseline, run);
    await worker.close();
  } finally {
    counter.stop();
    await bench?.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
