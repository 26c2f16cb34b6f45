import { randomBytes } from 'node:crypto';
import { mailsTo, type MailingApp, startMailingApp } from './helpers/account-mail';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import type { SmtpSink } from './helpers/smtp-sink';
import type { TestApp } from './helpers/test-app';

const CHANGE = '/api/v1/me/password';
const OLD = 'the old long passphrase';
const NEW = 'a brand new passphrase';

describe('Changing one’s own password', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let app: MailingApp;

  beforeAll(async () => {
    app = await startMailingApp();
    ({ sink, api } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('needs the current password, ends the other sessions and tells the owner', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const email = `changer.${randomBytes(4).toString('hex')}@test.example`;
    await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Ana', role: 'analyst', password: OLD })
      .expect(201);
    const here = await signIn(api, email, OLD);
    const elsewhere = await signIn(api, email, OLD);

    const wrong = await api.http
      .post(CHANGE)
      .set(bearer(here))
      .send({ currentPassword: 'not my password', newPassword: NEW })
      .expect(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const common = await api.http
      .post(CHANGE)
      .set(bearer(here))
      .send({ currentPassword: OLD, newPassword: 'Unbelievable' })
      .expect(400);
    expect(common.body.errors[0].field).toBe('newPassword');
    await api.http.get('/api/v1/me').set(bearer(elsewhere)).expect(200);

    const changed = await api.http
      .post(CHANGE)
      .set(bearer(here))
      .send({ currentPassword: OLD, newPassword: NEW })
      .expect(200);
    await api.http.get('/api/v1/me').set(bearer(changed.body.accessToken)).expect(200);
    await api.http.get('/api/v1/me').set(bearer(elsewhere)).expect(401);
    await api.http.post('/api/v1/auth/login').send({ email, password: OLD }).expect(401);
    await signIn(api, email, NEW);

    const [notice] = await mailsTo(sink, email);
    expect(notice.subject).toBe('Your GCM Objective 9 Tracker password was changed');
    expect(notice.text).not.toContain(NEW);
    const audit = await api.http
      .get(`/api/v1/audit?action=auth.password_changed&pageSize=50`)
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(JSON.stringify(audit.body)).not.toContain(NEW);
  });
});
