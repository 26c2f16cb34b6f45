import { connectionTarget } from '@app/database';
import { bearer, createAccount, signIn, TEST_ADMIN } from '../helpers/accounts';
import { startTcpProxy, TcpProxy } from '../helpers/tcp-proxy';
import { startTestApp, TestApp } from '../helpers/test-app';
import { currentTestRun } from '../helpers/test-run';
import { eventually } from '../helpers/eventually';

const waitUntil = <T>(probe: () => Promise<T | undefined>, timeoutMs = 20000) =>
  eventually(probe, timeoutMs, 200);

describe('Fault: PostgreSQL unreachable for a while', () => {
  let proxy: TcpProxy;
  let api: TestApp;

  beforeAll(async () => {
    const { host, port } = connectionTarget(currentTestRun().serverUrl);
    proxy = await startTcpProxy({ host, port });
    api = await startTestApp({}, { databasePort: proxy.port });
  });
  afterAll(async () => {
    await proxy?.restore().catch(() => undefined);
    await api?.close();
    await proxy?.close();
  });

  it('answers 503 with a clear message, reports not ready, and recovers without a restart', async () => {
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const focal = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    const path = '/api/v1/reports/MEX/2025/d';
    const saved = await api.http
      .put(path)
      .set(bearer(focal.token))
      .send({ status: 'planned' })
      .expect(201);
    await api.http.get('/api/v1/health/ready').expect(200);

    await proxy.cut();
    const read = await api.http.get(path).set(bearer(focal.token));
    expect(read.status).toBe(503);
    expect(read.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(read.body).toMatchObject({
      status: 503,
      detail: 'The database is unavailable right now. Try again shortly.',
    });
    const write = await api.http
      .put(path)
      .set(bearer(focal.token))
      .set('If-Match', saved.headers.etag)
      .send({ status: 'implemented' });
    expect(write.status).toBe(503);
    const ready = await api.http.get('/api/v1/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      status: 503,
      detail: 'Not ready: database unavailable.',
      checks: { database: { status: 'down' }, redis: { status: 'up' } },
    });
    // The process itself is alive: an orchestrator should wait, not restart it.
    await api.http.get('/api/v1/health').expect(200);

    await proxy.restore();
    await waitUntil(async () =>
      (await api.http.get('/api/v1/health/ready')).status === 200 ? true : undefined,
    );
    const after = await api.http.get(path).set(bearer(focal.token)).expect(200);
    // The write refused during the outage changed nothing.
    expect(after.body).toMatchObject({ status: 'planned', version: 1 });
    await api.http
      .put(path)
      .set(bearer(focal.token))
      .set('If-Match', saved.headers.etag)
      .send({ status: 'implemented' })
      .expect(200);
  });
});
