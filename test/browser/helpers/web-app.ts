import type { INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { bearer, createAccount, signIn, TEST_ADMIN, type Account } from '../../helpers/accounts';
import { startTestApp, type TestApp } from '../../helpers/test-app';
import { startTestWorker } from '../../helpers/test-worker';
import { WEB_DIST_ENV } from '../global-setup';

export interface WebApp {
  api: TestApp;
  /** Where the browser opens the app, e.g. http://127.0.0.1:40123 */
  baseUrl: string;
  adminToken: string;
  worker?: INestApplicationContext;
  account(
    role: 'admin' | 'focal_point' | 'coordinator' | 'analyst',
    scopes?: { countries?: string[]; processes?: string[] },
  ): Promise<Account>;
  close(): Promise<void>;
}

/**
 * The real API (its own database and Redis prefix) serving the built web app on a free port,
 * and optionally the worker, so summaries are recomputed as in production.
 */
export async function startWebApp(
  options: { worker?: boolean; env?: Record<string, string> } = {},
): Promise<WebApp> {
  const webDist = process.env[WEB_DIST_ENV];
  if (!webDist) throw new Error('The browser global setup did not build the web app');
  const api = await startTestApp({
    WEB_DIST_DIR: webDist,
    OUTBOX_POLL_MS: '100',
    SUMMARY_COALESCE_MS: '100',
    JOB_BACKOFF_MS: '200',
    ...options.env,
  });
  await api.app.listen(0, '127.0.0.1');
  const { port } = api.app.getHttpServer().address() as AddressInfo;
  const worker = options.worker ? await startTestWorker(api.config) : undefined;
  const adminToken = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
  return {
    api,
    baseUrl: `http://127.0.0.1:${port}`,
    adminToken,
    worker,
    account: (role, scopes) => createAccount(api, adminToken, role, scopes),
    async close() {
      await worker?.close();
      await api.close();
    },
  };
}

/** Creates (and optionally submits) a report through the API, as the given token. */
export async function putReport(
  web: WebApp,
  token: string,
  path: string,
  body: object,
  submit = false,
): Promise<void> {
  await web.api.http.put(`/api/v1/reports/${path}`).set(bearer(token)).send(body).expect(201);
  if (submit)
    await web.api.http.post(`/api/v1/reports/${path}/submit`).set(bearer(token)).expect(200);
}
