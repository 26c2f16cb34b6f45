import { bearer, createAccount } from './helpers/accounts';
import { startWorkflowWorld, submitReport, WorkflowWorld } from './helpers/workflow-people';

describe('Notifications in the app: one’s own list, unread count, mark read, email choices', () => {
  let w: WorkflowWorld;

  beforeAll(async () => {
    w = await startWorkflowWorld();
    // Mexico's focal points hear of the return, the validation and the reopening.
    await submitReport(w, 'd');
    await w.transition(w.coordinator, 'd', 'return', { comment: 'Citez l’article 160.' });
    await w.transition(w.mexico, 'd', 'submit');
    await w.transition(w.coordinator, 'd', 'validate');
    await w.transition(w.coordinator, 'd', 'reopen', { reason: 'Nuevas cifras de 2026.' });
    await w.idle();
  });

  afterAll(async () => {
    await w?.close();
  });

  it('lists one’s own notifications with paging and the unread count, and marks them read', async () => {
    const { api, mexico, mexicoQuiet, guatemala, list } = w;
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
    const { api, mexico } = w;
    const send = (body: object) =>
      api.http.post('/api/v1/me/notifications/read').set(bearer(mexico.token)).send(body);
    await send({}).expect(400);
    await send({ ids: ['abc'] }).expect(400);
    await send({ all: false }).expect(400);
    await api.http.get('/api/v1/me/notifications').expect(401);
    await api.http.post('/api/v1/me/notifications/read').send({ all: true }).expect(401);
  });

  it('keeps each user’s email choices, every kind immediately by default', async () => {
    const { api, admin, mexicoQuiet } = w;
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
});
