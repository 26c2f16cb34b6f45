import { Client } from 'pg';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import { startTestApp, TestApp } from './helpers/test-app';
import { createTestDatabase } from './helpers/test-database';

/**
 * A replica that never catches up (a copy of the database taken before the test writes) shows
 * which reads go where: what the replica serves cannot contain the test's writes.
 */
describe('Read replica (DATABASE_READ_URL)', () => {
  let replica: { url: string; drop: () => Promise<void> };
  let api: TestApp;
  let admin: string;

  beforeAll(async () => {
    replica = await createTestDatabase();
    api = await startTestApp({ DATABASE_READ_URL: replica.url });
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const path = '/api/v1/reports/MEX/2026/a';
    await api.http.put(path).set(bearer(admin)).send({ status: 'implemented' }).expect(201);
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
  });
  afterAll(async () => {
    await api?.close();
    await replica?.drop();
  });

  it('reads a record from the primary: the writer sees its own write and its version', async () => {
    const res = await api.http.get('/api/v1/reports/MEX/2026/a').set(bearer(admin)).expect(200);
    expect(res.body).toMatchObject({ state: 'submitted', status: 'implemented' });
  });

  it('serves lists from the replica, which may trail the primary', async () => {
    const res = await api.http
      .get('/api/v1/reports?country=MEX&period=2026')
      .set(bearer(admin))
      .expect(200);
    expect(res.body.total).toBe(0);
  });

  it('keeps its own pool on the replica, named for the app', async () => {
    const client = new Client({ connectionString: replica.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        `SELECT DISTINCT application_name AS name FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      expect(rows.map((row) => row.name)).toEqual(['gcm9-api-read']);
    } finally {
      await client.end();
    }
  });
});
