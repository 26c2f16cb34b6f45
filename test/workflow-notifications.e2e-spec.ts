import { NOTIFICATIONS_QUEUE, NotificationJob } from '@app/queue';
import { INestApplicationContext } from '@nestjs/common';
import Bull from 'bull';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { eventually } from './helpers/eventually';
import { notificationsIdle } from './helpers/notifications-idle';
import { SmtpSink, startSmtpSink } from './helpers/smtp-sink';
import { startTestApp, TestApp } from './helpers/test-app';
import { startTestWorker } from './helpers/test-worker';

const BATCH_MS = 3000;

interface Listed {
  id: string;
  kind: string;
  path: string;
  comment: string | null;
  createdAt: string;
  readAt: string | null;
}

const htmlOf = (mail: ParsedMail) => (typeof mail.html === 'string' ? mail.html : '');
const linksOf = (mail: ParsedMail) =>
  [...htmlOf(mail).matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
const recipientsOf = (mail: ParsedMail) =>
  [mail.to].flat().flatMap((to) => to?.value.map((address) => address.address) ?? []);

describe('Workflow notifications: in the app and by email over real SMTP', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let worker: INestApplicationContext;
  let db: DataSource;
  let admin: string;
  /** Spanish; the defaults (every kind immediately). */
  let mexico: Account;
  /** French; returns off, validations in the digest. */
  let mexicoQuiet: Account;
  let guatemala: Account;
  /** French coordinator of the RCM (Mexico is a member). */
  let coordinator: Account;
  /** RCM coordinator who wants no email of submissions. */
  let coordinatorOff: Account;
  /** Coordinator of a process Mexico is not in. */
  let outsider: Account;

  const reportPath = (action: string) => `/api/v1/reports/MEX/2026/${action}`;
  const idle = () => notificationsIdle(api.config, db);

  const setLocale = (account: Account, locale: string) =>
    api.http
      .patch('/api/v1/me')
      .set(bearer(account.token))
      .set('If-Match', '"1"')
      .send({ locale })
      .expect(200);

  const choose = (account: Account, choices: Record<string, string>) =>
    api.http
      .put('/api/v1/me/notification-preferences')
      .set(bearer(account.token))
      .send({
        record_submitted: 'immediately',
        record_resubmitted: 'immediately',
        record_returned: 'immediately',
        record_validated: 'immediately',
        record_reopened: 'immediately',
        ...choices,
      })
      .expect(200);

  const list = async (account: Account, query = '') =>
    (await api.http.get(`/api/v1/me/notifications${query}`).set(bearer(account.token)).expect(200))
      .body as { items: Listed[]; total: number; unread: number };

  const transition = (account: Account, action: string, event: string, body: object = {}) =>
    api.http
      .post(`${reportPath(action)}/${event}`)
      .set(bearer(account.token))
      .send(body)
      .expect(200);

  /** How many batch emails the coordinator's submissions call for: one per window they fall in. */
  const batchWindows = (items: Listed[]) =>
    new Set(
      items
        .filter((item) => item.kind.endsWith('submitted'))
        .map((item) => Math.floor(Date.parse(item.createdAt) / BATCH_MS)),
    ).size;

  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await startTestApp({
      SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      JOB_BACKOFF_MS: '200',
      WORKFLOW_BATCH_MS: String(BATCH_MS),
    });
    ({ dataSource: db } = await openDatabase(api));
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    mexicoQuiet = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    guatemala = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    coordinator = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
    coordinatorOff = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
    outsider = await createAccount(api, admin, 'coordinator', { processes: ['MIDSA'] });
    await setLocale(mexico, 'es');
    await setLocale(mexicoQuiet, 'fr');
    await setLocale(coordinator, 'fr');
    await choose(mexicoQuiet, { record_returned: 'off', record_validated: 'digest' });
    await choose(coordinatorOff, { record_submitted: 'off', record_resubmitted: 'off' });
    worker = await startTestWorker(api.config);
  });

  afterAll(async () => {
    await worker?.close();
    await db?.destroy();
    await api?.close();
    await sink?.close();
  });

  it('tells the coordinators of the country’s processes of submissions, one email per batch window', async () => {
    for (const action of ['d', 'a']) {
      await api.http
        .put(reportPath(action))
        .set(bearer(mexico.token))
        .send({ status: 'planned', checklist: [{ item: `${action}1`, answer: 'yes' }] })
        .expect(201);
      await transition(mexico, action, 'submit');
    }
    await idle();

    const listed = await list(coordinator);
    expect(listed.unread).toBe(2);
    expect(listed.items.map((item) => [item.kind, item.path])).toEqual([
      ['record_submitted', '/reports/MEX/2026/a'],
      ['record_submitted', '/reports/MEX/2026/d'],
    ]);
    const emails = sink.to(coordinator.email);
    expect(emails).toHaveLength(batchWindows(listed.items));
    for (const email of emails) {
      expect(recipientsOf(email)).toEqual([coordinator.email]);
      expect(email.subject).toMatch(/^\d+ nouvelles? soumissions? à examiner$/);
      expect(htmlOf(email)).toContain('<html lang="fr">');
    }
    const links = emails.flatMap(linksOf);
    expect(links).toEqual(
      expect.arrayContaining([
        `${api.config.appBaseUrl}/reports/MEX/2026/d`,
        `${api.config.appBaseUrl}/reports/MEX/2026/a`,
      ]),
    );
    expect(emails.map((email) => email.text).join()).toContain('a soumis le rapport de Mexico');

    // Email off: still in the list, never in the mailbox.
    expect((await list(coordinatorOff)).unread).toBe(2);
    expect(sink.to(coordinatorOff.email)).toHaveLength(0);
    // Not the coordinators of another process, nor focal points.
    expect((await list(outsider)).total).toBe(0);
    expect(sink.to(outsider.email)).toHaveLength(0);
    expect(sink.to(mexico.email)).toHaveLength(0);
  });

  it('tells the country’s focal points, and only them, of a return: in their language, with the comment and a link', async () => {
    const comment = 'Citez l’article 160, s’il vous plaît.';
    await transition(coordinator, 'd', 'return', { comment });
    await idle();

    const [email] = await eventually(async () => {
      const mails = sink.to(mexico.email);
      return mails.length > 0 ? mails : undefined;
    });
    expect(sink.to(mexico.email)).toHaveLength(1);
    expect(recipientsOf(email)).toEqual([mexico.email]);
    expect(email.subject).toBe('Devuelto para cambios: el informe de Mexico, 2026, acción (d)');
    expect(htmlOf(email)).toContain('<html lang="es">');
    expect(email.text).toContain(`Comentario: ${comment}`);
    expect(linksOf(email)).toContain(`${api.config.appBaseUrl}/reports/MEX/2026/d`);

    // Returns off: in the list only.
    expect(sink.to(mexicoQuiet.email)).toHaveLength(0);
    const quiet = await list(mexicoQuiet);
    expect(quiet.items).toEqual([
      expect.objectContaining({ kind: 'record_returned', comment, path: '/reports/MEX/2026/d' }),
    ]);
    // Another country's focal point hears nothing.
    expect((await list(guatemala)).total).toBe(0);
    expect(sink.to(guatemala.email)).toHaveLength(0);
  });

  it('tells the coordinators of a resubmission as such, in the batch of its window', async () => {
    await transition(mexico, 'd', 'submit');
    await idle();
    const listed = await list(coordinator);
    expect(listed.items[0]).toMatchObject({ kind: 'record_resubmitted' });
    const emails = sink.to(coordinator.email);
    expect(emails).toHaveLength(batchWindows(listed.items));
    expect(emails.map((email) => email.text).join()).toContain(
      'a soumis à nouveau le rapport de Mexico, 2026, action (d)',
    );
  });

  it('sends validations and reopenings at once, or in the digest for those who chose it', async () => {
    await transition(coordinator, 'd', 'validate');
    await transition(coordinator, 'd', 'reopen', { reason: 'Nuevas cifras de 2026.' });
    await idle();

    // Sent side by side: in any order.
    expect(
      sink
        .to(mexico.email)
        .map((email) => email.subject)
        .sort(),
    ).toEqual([
      'Devuelto para cambios: el informe de Mexico, 2026, acción (d)',
      'Reabierto: el informe de Mexico, 2026, acción (d)',
      'Validado: el informe de Mexico, 2026, acción (d)',
    ]);
    // Reopenings immediately (the default), validations in the digest.
    expect(sink.to(mexicoQuiet.email).map((email) => email.subject)).toEqual([
      'Rouvert : le rapport de Mexico, 2026, action (d)',
    ]);

    await api.http
      .post('/api/v1/me/subscriptions')
      .set(bearer(mexicoQuiet.token))
      .send({ process: 'RCM', frequency: 'weekly' })
      .expect(201);
    const run = await api.http
      .post('/api/v1/email-schedules/weekly/run')
      .set(bearer(admin))
      .expect(202);
    const digest = await eventually(async () =>
      sink.to(mexicoQuiet.email).find((email) => email.subject?.includes('RCM')),
    );
    expect(run.body.jobId).toBeDefined();
    expect(digest.text).toContain('Vos notifications');
    expect(digest.text).toContain('a validé le rapport de Mexico, 2026, action (d).');
    // Only what was chosen for the digest: the return was off, the reopening went at once.
    expect(digest.text).not.toContain('a renvoyé');
    expect(digest.text).not.toContain('a rouvert');
    expect(linksOf(digest)).toContain(`${api.config.appBaseUrl}/reports/MEX/2026/d`);
  });

  it('lists one’s own notifications with paging and the unread count, and marks them read', async () => {
    const all = await list(mexico);
    expect(all).toMatchObject({ total: 3, unread: 3 });
    expect(all.items.map((item) => item.kind)).toEqual([
      'record_reopened',
      'record_validated',
      'record_returned',
    ]);
    const page = await list(mexico, '?page=2&pageSize=2');
    expect(page).toMatchObject({ total: 3, unread: 3, page: 2, pageSize: 2 });
    expect(page.items.map((item) => item.id)).toEqual([all.items[2].id]);

    // Someone else's ids mark nothing.
    const stranger = await api.http
      .post('/api/v1/me/notifications/read')
      .set(bearer(guatemala.token))
      .send({ ids: all.items.map((item) => item.id) })
      .expect(200);
    expect(stranger.body).toEqual({ marked: 0, unread: 0 });
    expect((await list(mexico)).unread).toBe(3);

    const one = await api.http
      .post('/api/v1/me/notifications/read')
      .set(bearer(mexico.token))
      .send({ ids: [all.items[0].id] })
      .expect(200);
    expect(one.body).toEqual({ marked: 1, unread: 2 });
    const unread = await list(mexico, '?unread=true');
    expect(unread).toMatchObject({ total: 2, unread: 2 });
    expect(unread.items.map((item) => item.id)).toEqual([all.items[1].id, all.items[2].id]);

    const rest = await api.http
      .post('/api/v1/me/notifications/read')
      .set(bearer(mexico.token))
      .send({ all: true })
      .expect(200);
    expect(rest.body).toEqual({ marked: 2, unread: 0 });
    expect((await list(mexico)).items.every((item) => item.readAt !== null)).toBe(true);
    // The other focal point of Mexico keeps their own unread ones.
    expect((await list(mexicoQuiet)).unread).toBe(3);
  });

  it('refuses malformed mark-read requests and strangers', async () => {
    const send = (body: object) =>
      api.http.post('/api/v1/me/notifications/read').set(bearer(mexico.token)).send(body);
    await send({}).expect(400);
    await send({ ids: ['abc'] }).expect(400);
    await send({ all: false }).expect(400);
    await api.http.get('/api/v1/me/notifications').expect(401);
    await api.http.post('/api/v1/me/notifications/read').send({ all: true }).expect(401);
  });

  it('keeps each user’s email choices, every kind immediately by default', async () => {
    const fresh = await createAccount(api, admin, 'analyst');
    const read = await api.http
      .get('/api/v1/me/notification-preferences')
      .set(bearer(fresh.token))
      .expect(200);
    expect(read.body).toEqual({
      record_submitted: 'immediately',
      record_resubmitted: 'immediately',
      record_returned: 'immediately',
      record_validated: 'immediately',
      record_reopened: 'immediately',
    });
    const bad = await api.http
      .put('/api/v1/me/notification-preferences')
      .set(bearer(fresh.token))
      .send({ ...read.body, record_returned: 'hourly' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['record_returned']);
    const mine = await api.http
      .get('/api/v1/me/notification-preferences')
      .set(bearer(mexicoQuiet.token))
      .expect(200);
    expect(mine.body).toMatchObject({ record_returned: 'off', record_validated: 'digest' });
  });

  it('notifies nobody twice when the outbox replays every transition', async () => {
    const [{ notifications }] = await db.query(
      `SELECT count(*)::int AS notifications FROM notification`,
    );
    const sent = sink.messages.length;
    const replayed = await db.query(
      `UPDATE outbox_message SET processed_at = NULL WHERE topic = 'record.transitioned' RETURNING id`,
    );
    expect(replayed[1]).toBe(6);
    await idle();
    // The worker did handle every transition a second time, and found it all done.
    const queue = new Bull(NOTIFICATIONS_QUEUE, api.config.redis.url, {
      prefix: api.config.redis.prefix,
    });
    const handled = (await queue.getJobs(['completed'])).filter(
      (job) => job.name === NotificationJob.NotifyTransition,
    );
    await queue.close();
    expect(handled).toHaveLength(12);
    const [{ after }] = await db.query(`SELECT count(*)::int AS after FROM notification`);
    expect(after).toBe(notifications);
    expect(sink.messages).toHaveLength(sent);
  });

  it('notifies of indicator values too, linking to their page', async () => {
    const path = '/api/v1/indicator-values/MEX/2026';
    await api.http
      .put(path)
      .set(bearer(mexico.token))
      .send({ values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 4 }] })
      .expect(201);
    await api.http.post(`${path}/submit`).set(bearer(mexico.token)).expect(200);
    await api.http
      .post(`${path}/return`)
      .set(bearer(coordinator.token))
      .send({ comment: 'Faltan los casos de 2026.' })
      .expect(200);
    await idle();

    const [submitted] = (await list(coordinator)).items;
    expect(submitted).toMatchObject({ kind: 'record_submitted', path: '/indicators/MEX/2026' });
    const batch = sink
      .to(coordinator.email)
      .find((email) => linksOf(email).includes(`${api.config.appBaseUrl}/indicators/MEX/2026`));
    expect(batch?.text).toContain('a soumis les valeurs d’indicateurs de Mexico, 2026.');

    const returned = sink
      .to(mexico.email)
      .find((email) => email.subject?.includes('valores de indicadores'));
    expect(returned?.subject).toBe(
      'Devuelto para cambios: los valores de indicadores de Mexico, 2026',
    );
    expect(linksOf(returned!)).toContain(`${api.config.appBaseUrl}/indicators/MEX/2026`);
    expect((await list(guatemala)).total).toBe(0);
  });
});
