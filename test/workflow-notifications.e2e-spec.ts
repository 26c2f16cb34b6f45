import { NOTIFICATIONS_QUEUE, NotificationJob } from '@app/queue';
import Bull from 'bull';
import { bearer } from './helpers/accounts';
import { eventually } from './helpers/eventually';
import {
  BATCH_MS,
  htmlOf,
  linksOf,
  Listed,
  recipientsOf,
  startWorkflowWorld,
  submitReport,
  WorkflowWorld,
} from './helpers/workflow-people';

/** How many batch emails the coordinator's submissions call for: one per window they fall in. */
const batchWindows = (items: Listed[]) =>
  new Set(
    items
      .filter((item) => item.kind.endsWith('submitted'))
      .map((item) => Math.floor(Date.parse(item.createdAt) / BATCH_MS)),
  ).size;

describe('Workflow notifications by email, over real SMTP', () => {
  let w: WorkflowWorld;

  beforeAll(async () => {
    w = await startWorkflowWorld();
  });

  afterAll(async () => {
    await w?.close();
  });

  it('tells the coordinators of the country’s processes of submissions, one email per batch window', async () => {
    const { sink, api, mexico, coordinator, coordinatorOff, outsider, idle, list } = w;
    for (const action of ['d', 'a']) await submitReport(w, action);
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
    const { sink, api, mexico, mexicoQuiet, guatemala, coordinator, idle, list, transition } = w;
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
    const { sink, mexico, coordinator, idle, list, transition } = w;
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
    const { sink, api, admin, mexico, mexicoQuiet, coordinator, idle, transition } = w;
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

  it('notifies nobody twice when the outbox replays every transition', async () => {
    const { sink, api, db, idle } = w;
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
    const { sink, api, mexico, guatemala, coordinator, idle, list } = w;
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
