import { INestApplicationContext } from '@nestjs/common';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { SmtpSink, startSmtpSink } from './helpers/smtp-sink';
import { startTestApp, TestApp } from './helpers/test-app';
import { startTestWorker } from './helpers/test-worker';
import { NOTIFICATIONS_QUEUE, NotificationJob } from '@app/queue';
import { eventually } from './helpers/eventually';
import { emailOutcomes, jobsQueuedBy } from './helpers/queue-jobs';

const htmlOf = (mail: ParsedMail) => (typeof mail.html === 'string' ? mail.html : '');

describe('Email: subscriptions, digests and reminders over real SMTP', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let worker: INestApplicationContext;
  let db: DataSource;
  let admin: string;
  let reader: Account;

  async function report(iso3: string, period: string, action: string, until: string) {
    const path = `/api/v1/reports/${iso3}/${period}/${action}`;
    await api.http
      .put(path)
      .set(bearer(admin))
      .send({
        status: 'partially_implemented',
        checklist: [{ item: `${action}1`, answer: 'yes' }],
      })
      .expect(201);
    if (until === 'draft') return;
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    if (until === 'validated')
      await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
  }

  const summary = async (process: string, period: string) =>
    eventually(async () => {
      const res = await api.http.get(`/api/v1/summaries/${process}/${period}`).set(bearer(admin));
      return res.status === 200 ? res.body : undefined;
    });

  /** The email jobs a schedule run queued, once all of them have completed. */
  const emailsOf = async (run: { id: string; result: { emails: number } }) => {
    // The schedule's own emails: workflow notifications of the setup's transitions run meanwhile.
    const scheduled: string[] = [NotificationJob.SendDigests, NotificationJob.SendReminder];
    const emails = emailOutcomes(
      (await jobsQueuedBy(api.config, NOTIFICATIONS_QUEUE, run.id)).filter((job) =>
        scheduled.includes(job.name),
      ),
    );
    expect(emails).toHaveLength(run.result.emails);
    return emails;
  };

  const runSchedule = async (schedule: string) => {
    const res = await api.http
      .post(`/api/v1/email-schedules/${schedule}/run`)
      .set(bearer(admin))
      .expect(202);
    return eventually(async () => {
      const job = await api.http.get(`/api/v1/jobs/${res.body.jobId}`).set(bearer(admin));
      return job.body.state === 'completed' ? job.body : undefined;
    });
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await startTestApp({
      SMTP_URL: sink.url,
      MAIL_MAX_CONNECTIONS: '2',
      OUTBOX_POLL_MS: '100',
      SUMMARY_COALESCE_MS: '200',
      JOB_BACKOFF_MS: '200',
      JOB_ATTEMPTS: '5',
      // Today (late 2026) is then within the reminder window of the 2026 period (due 2027-03-31).
      REMINDER_DAYS_BEFORE_DUE: '180',
    });
    ({ dataSource: db } = await openDatabase(api));
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    await report('MEX', '2026', 'd', 'validated');
    await report('GTM', '2026', 'a', 'validated');
    worker = await startTestWorker(api.config);
    reader = await createAccount(api, admin, 'analyst');
  });

  afterAll(async () => {
    await worker?.close();
    await db?.destroy();
    await api?.close();
    await sink?.close();
  });

  describe('subscriptions', () => {
    it('lets a user subscribe, change the frequency, list and stop their digests', async () => {
      const user = await createAccount(api, admin, 'analyst');
      const created = await api.http
        .post('/api/v1/me/subscriptions')
        .set(bearer(user.token))
        .send({ process: 'rcm', frequency: 'weekly' })
        .expect(201);
      expect(created.body).toMatchObject({
        process: 'RCM',
        processName: expect.stringContaining('Regional Conference on Migration'),
        frequency: 'weekly',
      });
      const changed = await api.http
        .post('/api/v1/me/subscriptions')
        .set(bearer(user.token))
        .send({ process: 'RCM', frequency: 'monthly' })
        .expect(200);
      expect(changed.body).toMatchObject({ id: created.body.id, frequency: 'monthly' });
      const listed = await api.http.get('/api/v1/me/subscriptions').set(bearer(user.token));
      expect(listed.body).toEqual([changed.body]);
      await api.http
        .delete(`/api/v1/me/subscriptions/${created.body.id}`)
        .set(bearer(user.token))
        .expect(204);
      await api.http
        .delete(`/api/v1/me/subscriptions/${created.body.id}`)
        .set(bearer(user.token))
        .expect(404);
      const history = await api.http
        .get(`/api/v1/audit?entityType=subscription&entityId=${created.body.id}`)
        .set(bearer(admin))
        .expect(200);
      expect(history.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
        'subscription.created',
        'subscription.deleted',
        'subscription.updated',
      ]);
    });

    it('refuses unknown processes, frequencies and fields with field-level errors', async () => {
      const user = await createAccount(api, admin, 'analyst');
      const send = (body: object) =>
        api.http.post('/api/v1/me/subscriptions').set(bearer(user.token)).send(body);
      const fields = async (body: object) =>
        ((await send(body).expect(400)).body.errors as Array<{ field: string }>).map(
          (e) => e.field,
        );
      expect(await fields({ process: 'NOPE', frequency: 'weekly' })).toEqual(['process']);
      expect(await fields({ process: 'RCM', frequency: 'daily' })).toEqual(['frequency']);
      expect(await fields({ process: 'RCM', frequency: 'weekly', userId: reader.id })).toEqual([
        'userId',
      ]);
      expect((await api.http.get('/api/v1/me/subscriptions').set(bearer(user.token))).body).toEqual(
        [],
      );
    });

    it('lets admins manage anyone’s subscriptions, and nobody else', async () => {
      const user = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
      const other = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
      const made = await api.http
        .post(`/api/v1/users/${user.id}/subscriptions`)
        .set(bearer(admin))
        .send({ process: 'RCM', frequency: 'weekly' })
        .expect(201);
      await api.http
        .get(`/api/v1/users/${user.id}/subscriptions`)
        .set(bearer(other.token))
        .expect(403);
      await api.http
        .delete(`/api/v1/users/${user.id}/subscriptions/${made.body.id}`)
        .set(bearer(other.token))
        .expect(403);
      // Another user's subscription id is not found among one's own.
      await api.http
        .delete(`/api/v1/me/subscriptions/${made.body.id}`)
        .set(bearer(other.token))
        .expect(404);
      const theirs = await api.http.get('/api/v1/me/subscriptions').set(bearer(user.token));
      expect(theirs.body).toEqual([made.body]);
      await api.http
        .delete(`/api/v1/users/${user.id}/subscriptions/${made.body.id}`)
        .set(bearer(admin))
        .expect(204);
    });
  });

  describe('the weekly digest', () => {
    let subscriber: Account;
    let digest: ParsedMail;

    beforeAll(async () => {
      subscriber = await createAccount(api, admin, 'analyst');
      for (const process of ['RCM', 'SACM'])
        await api.http
          .post('/api/v1/me/subscriptions')
          .set(bearer(subscriber.token))
          .send({ process, frequency: 'weekly' })
          .expect(201);
      await summary('RCM', '2026');
      await summary('SACM', '2026');
      const job = await runSchedule('weekly');
      expect(job.result.emails).toBeGreaterThanOrEqual(1);
      digest = await eventually(async () => sink.to(subscriber.email)[0]);
    });

    it('sends one email for all the subscriber’s weekly processes, with both parts', () => {
      expect(sink.to(subscriber.email)).toHaveLength(1);
      expect(digest.subject).toBe('Weekly Objective 9 digest: RCM, SACM');
      expect(digest.from?.text).toContain('no-reply@gcm9.localhost');
      expect(digest.text).toContain('Regional Conference on Migration');
      expect(htmlOf(digest)).toMatch(/^<!DOCTYPE html>/);
      expect(htmlOf(digest)).toContain('South American Conference on Migration');
    });

    it('shows the same numbers as the summary page', async () => {
      const rcm = await summary('RCM', '2026');
      const text = digest.text ?? '';
      expect(text).toContain(`${(rcm.completeness * 100).toFixed(1)}%`);
      expect(text).toContain(`${rcm.validatedReports} / ${rcm.expectedReports}`);
      for (const area of rcm.areas as Array<{ code: number; scorePercent: number | null }>) {
        const line = text.split('\n').find((l) => l.startsWith(`${area.code}. `));
        expect(line).toContain(area.scorePercent === null ? '–' : area.scorePercent.toFixed(1));
      }
      // The two validations of the week, in the section of their process and period.
      expect(text).toMatch(/Mexico \(MEX\)\s+\(d\)/);
      expect(text).toMatch(/Guatemala \(GTM\)\s+\(a\)/);
      expect(htmlOf(digest)).toContain(`${rcm.validatedReports} / ${rcm.expectedReports}`);
    });

    it('carries the area chart as an inline PNG referenced by the HTML', () => {
      const charts = digest.attachments.filter((a) => a.contentType === 'image/png');
      expect(charts.map((a) => a.cid).sort()).toEqual([
        'areas-RCM-2026@gcm9.tracker',
        'areas-SACM-2026@gcm9.tracker',
      ]);
      for (const chart of charts) {
        expect(htmlOf(digest)).toContain(`cid:${chart.cid}`);
        // Drawn 480 wide at twice the resolution (the PNG header's width and height).
        expect(chart.content.subarray(1, 4).toString()).toBe('PNG');
        expect(chart.content.readUInt32BE(16)).toBe(960);
        expect(chart.content.readUInt32BE(20)).toBeGreaterThan(200);
      }
    });

    it('sends nothing more when the schedule runs again in the same week', async () => {
      const run = await runSchedule('weekly');
      const emails = await emailsOf(run);
      const again = emails.find(
        (email) => email.job === NotificationJob.SendDigests && email.userId === subscriber.id,
      );
      expect(again?.outcome).toBe('already-sent');
      expect(sink.to(subscriber.email)).toHaveLength(1);
      const deliveries = await api.http
        .get(`/api/v1/email-deliveries?recipient=${encodeURIComponent(subscriber.email)}`)
        .set(bearer(admin))
        .expect(200);
      expect(deliveries.body.items).toEqual([
        expect.objectContaining({ kind: 'digest', status: 'sent', attempts: 1 }),
      ]);
    });

    it('has a one-click unsubscribe that works without signing in, once', async () => {
      const header = (name: string) =>
        digest.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      const link = /<(http[^>]+)>/.exec(header('list-unsubscribe') ?? '')![1];
      const path = link.replace(api.config.appBaseUrl, '');
      expect(digest.text).toContain(link);
      const confirm = await api.http.get(path).expect(200);
      expect(confirm.headers['content-type']).toMatch(/^text\/html/);
      expect(confirm.text).toContain('South American Conference on Migration');
      expect(confirm.text).toContain('<form method="post"');
      // Looking at the page unsubscribes no one (mail scanners follow links).
      expect(
        (await api.http.get('/api/v1/me/subscriptions').set(bearer(subscriber.token))).body,
      ).toHaveLength(2);
      const done = await api.http
        .post(path)
        .set('content-type', 'application/x-www-form-urlencoded')
        .send('List-Unsubscribe=One-Click')
        .expect(200);
      expect(done.text).toContain('You will no longer receive');
      expect(
        (await api.http.get('/api/v1/me/subscriptions').set(bearer(subscriber.token))).body,
      ).toEqual([]);
      // RFC 8058 clients may post multipart/form-data.
      const again = await api.http
        .post(path)
        .set('content-type', 'multipart/form-data; boundary=x')
        .send(
          '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
        )
        .expect(200);
      expect(again.text).toContain('Nothing left to stop');
      await api.http.get(`${path}x`).expect(400);
      await api.http.post('/api/v1/unsubscribe?token=forged.token').expect(400);
    });
  });

  it('retries an email the SMTP server refused, records the error, and sends it once', async () => {
    const subscriber = await createAccount(api, admin, 'analyst');
    await api.http
      .post('/api/v1/me/subscriptions')
      .set(bearer(subscriber.token))
      .send({ process: 'RCM', frequency: 'monthly' })
      .expect(201);
    sink.refuseNext(2);
    await runSchedule('monthly');
    const failed = await eventually(async () => {
      const res = await api.http
        .get(`/api/v1/email-deliveries?recipient=${encodeURIComponent(subscriber.email)}`)
        .set(bearer(admin));
      const [row] = res.body.items;
      return row?.lastError ? row : undefined;
    });
    expect(failed.lastError).toMatch(/451|temporarily unavailable/i);
    const sent = await eventually(async () => {
      const res = await api.http
        .get(`/api/v1/email-deliveries?recipient=${encodeURIComponent(subscriber.email)}`)
        .set(bearer(admin));
      return res.body.items[0]?.status === 'sent' ? res.body.items[0] : undefined;
    });
    expect(sent.attempts).toBe(3);
    expect(sink.to(subscriber.email)).toHaveLength(1);
    expect(sink.to(subscriber.email)[0].subject).toBe('Monthly Objective 9 digest: RCM');
  });

  it('sends the rest of a batch when one email is refused, and the retry sends only that one', async () => {
    const subscribers = [
      await createAccount(api, admin, 'analyst'),
      await createAccount(api, admin, 'analyst'),
    ];
    for (const subscriber of subscribers)
      await api.http
        .post('/api/v1/me/subscriptions')
        .set(bearer(subscriber.token))
        .send({ process: 'SACM', frequency: 'monthly' })
        .expect(201);
    const received = sink.messages.length;
    sink.refuseNext(1);
    const run = await runSchedule('monthly');
    const emails = (await emailsOf(run)).filter((email) =>
      subscribers.some((subscriber) => subscriber.id === email.userId),
    );
    expect(emails).toHaveLength(2); // one batch holds both
    const deliveries = await Promise.all(
      subscribers.map(async (subscriber) => {
        const res = await api.http
          .get(`/api/v1/email-deliveries?recipient=${encodeURIComponent(subscriber.email)}`)
          .set(bearer(admin))
          .expect(200);
        return res.body.items as Array<{ status: string; attempts: number }>;
      }),
    );
    expect(deliveries.map((rows) => rows.map((row) => row.status))).toEqual([['sent'], ['sent']]);
    const refused = deliveries.findIndex(([row]) => row.attempts === 2);
    expect(deliveries.map(([row]) => row.attempts).sort()).toEqual([1, 2]);
    // The other one went out in the attempt that failed, before the refused one's retry.
    const order = sink.messages
      .slice(received)
      .map((mail) => subscribers.findIndex((s) => sink.to(s.email).includes(mail)));
    expect(order).toEqual([1 - refused, refused]);
  });

  describe('reminders', () => {
    it('reminds focal points of their unsubmitted actions only, and coordinators of what waits', async () => {
      const complete = await createAccount(api, admin, 'focal_point', { countries: ['CRI'] });
      const behind = await createAccount(api, admin, 'focal_point', { countries: ['PAN'] });
      const coordinator = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
      for (const action of ['a', 'b', 'c', 'd', 'e', 'f'])
        await report('CRI', '2026', action, 'submitted');
      await report('PAN', '2026', 'b', 'submitted');
      await report('PAN', '2026', 'c', 'draft');
      // A submission left waiting for ten days.
      await db.query(
        `UPDATE report SET submitted_at = now() - interval '10 days' WHERE country_iso3 = 'PAN' AND period_code = '2026' AND action_code = 'b'`,
      );
      const run = await runSchedule('reminders');
      const reminders = await emailsOf(run);
      const due = await eventually(async () => sink.to(behind.email)[0]);
      expect(due.subject).toBe('Reminder: 2026 reports are due on 2027-03-31');
      expect(due.text).toMatch(/Panama \(PAN\)\s+\(a\)\s+not started/);
      expect(due.text).toMatch(/Panama \(PAN\)\s+\(c\)\s+draft/);
      expect(due.text).not.toMatch(/\(b\)/);
      const review = await eventually(async () =>
        sink.to(coordinator.email).find((m) => /waiting for your review/.test(m.subject ?? '')),
      );
      expect(review.text).toMatch(/Panama \(PAN\)\s+2026\s+\(b\)/);
      const overdue = await eventually(async () =>
        sink.to(coordinator.email).find((m) => /^Overdue 2025 reports/.test(m.subject ?? '')),
      );
      expect(overdue.text).toContain('Mexico (MEX)');
      // The focal point whose reports are all submitted gets nothing, once every reminder is out.
      expect(reminders.map((email) => email.userId)).not.toContain(complete.id);
      expect(sink.to(complete.email)).toEqual([]);
      // A second run in the same week sends nothing new.
      const before = sink.messages.length;
      const rerun = await runSchedule('reminders');
      const repeated = await emailsOf(rerun);
      expect(repeated.map((email) => email.outcome)).not.toContain('sent');
      expect(sink.messages.length).toBe(before);
    });
  });
});

describe('Email: warnings about an account, to its owner', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await startTestApp({
      SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      LOGIN_LIMIT_PER_ACCOUNT: '3',
      TRUST_PROXY: 'true',
    });
    worker = await startTestWorker(api.config);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
  });

  it('tells the owner of repeated failed sign-ins, once, in their language, without the guesses', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const email = `oficial.${Date.now()}@test.example`;
    await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        email,
        name: 'Ana Oficial',
        password: 'her-own-passphrase',
        role: 'analyst',
        locale: 'es',
      })
      .expect(201);
    const guesses = ['Guess-one-1', 'Guess-two-2', 'Guess-three-3'];
    for (const [i, password] of guesses.entries())
      await api.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', `198.51.100.${i + 1}`)
        .send({ email, password })
        .expect(401);
    const [warning] = await eventually(async () =>
      sink.to(email).length > 0 ? sink.to(email) : undefined,
    );
    expect(warning.subject).toBe(
      'Intentos fallidos de acceso a su cuenta del GCM Objective 9 Tracker',
    );
    expect(warning.text).toContain(
      'Estimado/a Ana Oficial: alguien intentó acceder a su cuenta con una contraseña incorrecta 3 veces en los últimos 15 minutos.',
    );
    expect(warning.text).toContain('cambie su contraseña');
    for (const guess of guesses) {
      expect(warning.text).not.toContain(guess);
      expect(htmlOf(warning)).not.toContain(guess);
    }
    // More failures in the same window raise no second warning.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await api.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '198.51.100.9')
      .send({ email, password: 'Guess-four-4' })
      .expect(401);
    // The API raises a warning in the failure's own transaction: none was raised this time.
    const { dataSource } = await openDatabase(api);
    try {
      const [{ notices }] = await dataSource.query(
        `SELECT count(*)::int AS notices FROM outbox_message m JOIN app_user u ON u.id::text = m.payload->>'userId'
          WHERE m.topic = 'account.notice' AND u.email = $1`,
        [email],
      );
      expect(notices).toBe(1);
    } finally {
      await dataSource.destroy();
    }
    const deliveries = await api.http
      .get(`/api/v1/email-deliveries?recipient=${encodeURIComponent(email)}`)
      .set(bearer(admin))
      .expect(200);
    expect(deliveries.body.items).toEqual([
      expect.objectContaining({ kind: 'sign_in_failures', status: 'sent' }),
    ]);
    expect(sink.to(email)).toHaveLength(1);
  });
});
