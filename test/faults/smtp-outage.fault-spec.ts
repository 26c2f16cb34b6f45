import { INestApplicationContext } from '@nestjs/common';
import { bearer, createAccount, signIn, TEST_ADMIN } from '../helpers/accounts';
import { SmtpSink, startSmtpSink } from '../helpers/smtp-sink';
import { startTestApp, TestApp } from '../helpers/test-app';
import { startTestWorker } from '../helpers/test-worker';
import { NOTIFICATIONS_QUEUE } from '@app/queue';
import { eventually } from '../helpers/eventually';
import { emailOutcomes, jobsQueuedBy } from '../helpers/queue-jobs';

const waitUntil = <T>(probe: () => Promise<T | undefined>, timeoutMs = 30000) =>
  eventually(probe, timeoutMs, 200);

const SUBSCRIBERS = 20;

describe('Fault: the SMTP server is down during a digest run', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await startTestApp({
      SMTP_URL: sink.url,
      MAIL_MAX_CONNECTIONS: '2',
      JOB_ATTEMPTS: '10',
      JOB_BACKOFF_MS: '300',
    });
    worker = await startTestWorker(api.config);
  });
  afterAll(async () => {
    await sink?.start();
    await worker?.close();
    await api?.close();
    await sink?.close();
  });

  it('retries with backoff and, once it returns, delivers every email once and none twice', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const subscribers = [];
    for (let i = 0; i < SUBSCRIBERS; i += 1) {
      const user = await createAccount(api, admin, 'analyst');
      await api.http
        .post('/api/v1/me/subscriptions')
        .set(bearer(user.token))
        .send({ process: 'RCM', frequency: 'weekly' })
        .expect(201);
      subscribers.push(user);
    }
    const deliveries = async () =>
      (await api.http.get('/api/v1/email-deliveries?kind=digest&pageSize=200').set(bearer(admin)))
        .body.items as Array<{
        recipient: string;
        status: string;
        attempts: number;
        lastError: string | null;
      }>;

    await sink.stop();
    const run = await api.http
      .post('/api/v1/email-schedules/weekly/run')
      .set(bearer(admin))
      .expect(202);
    // Every email is recorded, and failing, while the server is away.
    await waitUntil(async () => {
      const rows = await deliveries();
      return rows.length === SUBSCRIBERS && rows.every((r) => r.lastError) ? true : undefined;
    });
    expect(sink.messages).toHaveLength(0);

    await sink.start();
    const sent = await waitUntil(async () => {
      const rows = await deliveries();
      return rows.every((r) => r.status === 'sent') && rows.length === SUBSCRIBERS
        ? rows
        : undefined;
    }, 60000);
    expect(sent.every((r) => r.attempts >= 2)).toBe(true);
    // Once every email job of the run has completed, count: each subscriber got exactly one.
    const emails = emailOutcomes(
      await jobsQueuedBy(api.config, NOTIFICATIONS_QUEUE, run.body.jobId, 60000),
    );
    expect(emails).toHaveLength(SUBSCRIBERS);
    expect(emails.map((email) => email.outcome)).toEqual(emails.map(() => 'sent'));
    expect(sink.messages).toHaveLength(SUBSCRIBERS);
    for (const user of subscribers) expect(sink.to(user.email)).toHaveLength(1);
  });
});
