import { INestApplicationContext } from '@nestjs/common';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './accounts';
import { openDatabase } from './database-access';
import { notificationsIdle } from './notifications-idle';
import { SmtpSink, startSmtpSink } from './smtp-sink';
import { startTestApp, TestApp } from './test-app';
import { startTestWorker } from './test-worker';

/** The coordinators' batch window in these tests: short, so that a batch goes out in seconds. */
export const BATCH_MS = 3000;

/** A notification as GET /me/notifications lists it. */
export interface Listed {
  id: string;
  kind: string;
  path: string;
  comment: string | null;
  createdAt: string;
  readAt: string | null;
}

export const htmlOf = (mail: ParsedMail) => (typeof mail.html === 'string' ? mail.html : '');
export const linksOf = (mail: ParsedMail) =>
  [...htmlOf(mail).matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
export const recipientsOf = (mail: ParsedMail) =>
  [mail.to].flat().flatMap((to) => to?.value.map((address) => address.address) ?? []);

/** The people of a workflow, and the API, worker and mailbox they use. */
export interface WorkflowWorld {
  sink: SmtpSink;
  api: TestApp;
  db: DataSource;
  admin: string;
  /** Focal point of Mexico, in Spanish, every kind immediately (the default). */
  mexico: Account;
  /** Focal point of Mexico, in French: returns off, validations in the digest. */
  mexicoQuiet: Account;
  guatemala: Account;
  /** Coordinator of the RCM (Mexico is a member), in French. */
  coordinator: Account;
  /** Coordinator of the RCM who wants no email of submissions. */
  coordinatorOff: Account;
  /** Coordinator of a process Mexico is not in. */
  outsider: Account;
  /** Waits until every transition's notifications and emails exist. */
  idle(): Promise<void>;
  list(
    account: Account,
    query?: string,
  ): Promise<{ items: Listed[]; total: number; unread: number }>;
  /** A transition of Mexico's 2026 report of an action. */
  transition(account: Account, action: string, event: string, body?: object): Promise<unknown>;
  close(): Promise<void>;
}

const EVERY_KIND_IMMEDIATELY = {
  record_submitted: 'immediately',
  record_resubmitted: 'immediately',
  record_returned: 'immediately',
  record_validated: 'immediately',
  record_reopened: 'immediately',
};

/** The API and the worker on their own database, a real SMTP sink, and the people above. */
export async function startWorkflowWorld(): Promise<WorkflowWorld> {
  const sink = await startSmtpSink();
  const api = await startTestApp({
    SMTP_URL: sink.url,
    OUTBOX_POLL_MS: '100',
    JOB_BACKOFF_MS: '200',
    WORKFLOW_BATCH_MS: String(BATCH_MS),
  });
  const { dataSource: db } = await openDatabase(api);
  const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
  const account = (role: 'focal_point' | 'coordinator', scope: object, locale = 'en') =>
    createAccount(api, admin, role, scope).then(async (created) => {
      await api.http
        .patch('/api/v1/me')
        .set(bearer(created.token))
        .set('If-Match', '"1"')
        .send({ locale })
        .expect(200);
      return created;
    });
  const choose = (who: Account, choices: Record<string, string>) =>
    api.http
      .put('/api/v1/me/notification-preferences')
      .set(bearer(who.token))
      .send({ ...EVERY_KIND_IMMEDIATELY, ...choices })
      .expect(200);
  const people = {
    mexico: await account('focal_point', { countries: ['MEX'] }, 'es'),
    mexicoQuiet: await account('focal_point', { countries: ['MEX'] }, 'fr'),
    guatemala: await account('focal_point', { countries: ['GTM'] }),
    coordinator: await account('coordinator', { processes: ['RCM'] }, 'fr'),
    coordinatorOff: await account('coordinator', { processes: ['RCM'] }),
    outsider: await account('coordinator', { processes: ['MIDSA'] }),
  };
  await choose(people.mexicoQuiet, { record_returned: 'off', record_validated: 'digest' });
  await choose(people.coordinatorOff, { record_submitted: 'off', record_resubmitted: 'off' });
  const worker: INestApplicationContext = await startTestWorker(api.config);
  return {
    sink,
    api,
    db,
    admin,
    ...people,
    idle: () => notificationsIdle(api.config, db),
    list: async (who, query = '') =>
      (await api.http.get(`/api/v1/me/notifications${query}`).set(bearer(who.token)).expect(200))
        .body,
    transition: (who, action, event, body = {}) =>
      api.http
        .post(`/api/v1/reports/MEX/2026/${action}/${event}`)
        .set(bearer(who.token))
        .send(body)
        .expect(200),
    async close() {
      await worker.close();
      await db.destroy();
      await api.close();
      await sink.close();
    },
  };
}

/** Mexico's focal point writes a 2026 report of an action and submits it. */
export async function submitReport(world: WorkflowWorld, action: string): Promise<void> {
  await world.api.http
    .put(`/api/v1/reports/MEX/2026/${action}`)
    .set(bearer(world.mexico.token))
    .send({ status: 'planned', checklist: [{ item: `${action}1`, answer: 'yes' }] })
    .expect(201);
  await world.transition(world.mexico, action, 'submit');
}
