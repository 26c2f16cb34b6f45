// Lists of reports and indicator values are kept per API process between changes: every reader
// still sees each save at once, in this process and in another one on the same database and
// Redis, and a page kept for one reader never reaches another.
import request from 'supertest';
import { createApiApp } from '../apps/api/src/create-api-app';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { startTestApp, TestApp } from './helpers/test-app';

const LIST = '/api/v1/reports?process=RCM&period=2025&pageSize=50';

interface ListedReport {
  country: string;
  countryName: string;
  action: string;
  status: string;
  state: string;
  version: number;
}

describe('Record lists, cached between changes', () => {
  let api: TestApp;
  let other: Awaited<ReturnType<typeof createApiApp>>;
  let admin: string;
  let mexico: Account;
  let guatemala: Account;
  let coordinator: Account;

  const listed = async (http: TestApp['http'], token: string, path = LIST) =>
    (await http.get(path).set(bearer(token)).expect(200)).body.items as ListedReport[];
  const mexicoD = (items: ListedReport[]) =>
    items.find((item) => item.country === 'MEX' && item.action === 'd');

  beforeAll(async () => {
    api = await startTestApp();
    // A second API process, as behind a load balancer: same database, same Redis.
    other = await createApiApp(api.config);
    await other.init();
    await other.getHttpAdapter().getInstance().ready();
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    [mexico, guatemala, coordinator] = await Promise.all([
      createAccount(api, admin, 'focal_point', { countries: ['MEX'] }),
      createAccount(api, admin, 'focal_point', { countries: ['GTM'] }),
      createAccount(api, admin, 'coordinator', { processes: ['RCM'] }),
    ]);
  });
  afterAll(async () => {
    await other?.close();
    await api?.close();
  });

  it('shows a save and a transition at once, in this process and in another', async () => {
    const otherHttp = request(other.getHttpServer());
    // Both processes keep the page before the change.
    expect(mexicoD(await listed(api.http, coordinator.token))).toBeUndefined();
    expect(mexicoD(await listed(otherHttp, coordinator.token))).toBeUndefined();

    const path = '/api/v1/reports/MEX/2025/d';
    await api.http.put(path).set(bearer(mexico.token)).send({ status: 'planned' }).expect(201);
    for (const http of [api.http, otherHttp])
      expect(mexicoD(await listed(http, coordinator.token))).toMatchObject({
        status: 'planned',
        state: 'draft',
        version: 1,
      });

    await otherHttp.post(`${path}/submit`).set(bearer(mexico.token)).send({}).expect(200);
    for (const http of [api.http, otherHttp])
      expect(mexicoD(await listed(http, coordinator.token))).toMatchObject({
        state: 'submitted',
        version: 2,
      });
    // The review queue, a list of its own, too.
    const queue = await listed(api.http, coordinator.token, `${LIST}&state=submitted`);
    expect(mexicoD(queue)).toMatchObject({ state: 'submitted' });
  });

  it('keeps the lists of other periods and of indicator values until they change', async () => {
    const indicators = '/api/v1/indicator-values?process=RCM&period=2025';
    const before = (await api.http.get(indicators).set(bearer(coordinator.token)).expect(200)).body;
    await api.http
      .put('/api/v1/reports/MEX/2024/a')
      .set(bearer(mexico.token))
      .send({ status: 'planned' })
      .expect(201);
    // A report of 2024 changes no list of 2025, and no list of indicator values.
    const after = (await api.http.get(indicators).set(bearer(coordinator.token)).expect(200)).body;
    expect(after).toEqual(before);
    const of2024 = await listed(api.http, coordinator.token, LIST.replace('2025', '2024'));
    expect(of2024.find((item) => item.country === 'MEX' && item.action === 'a')).toMatchObject({
      status: 'planned',
    });
    // Lists without a period change with every period.
    const everyPeriod = await listed(api.http, coordinator.token, '/api/v1/reports?pageSize=200');
    expect(everyPeriod.some((item) => item.country === 'MEX' && item.action === 'a')).toBe(true);
  });

  it('never gives one reader the page kept for another', async () => {
    // The coordinator's page (with Mexico) is kept; Guatemala's focal point asks the same.
    expect(mexicoD(await listed(api.http, coordinator.token))).toBeDefined();
    const own = await listed(api.http, guatemala.token);
    expect(own.every((item) => item.country === 'GTM')).toBe(true);

    // Country names in each reader's language.
    await api.http
      .patch('/api/v1/me')
      .set(bearer(mexico.token))
      .set(
        'If-Match',
        (await api.http.get('/api/v1/me').set(bearer(mexico.token)).expect(200)).headers.etag,
      )
      .send({ locale: 'es' })
      .expect(200);
    const spanish = await listed(api.http, await signIn(api, mexico.email, mexico.password));
    expect(mexicoD(spanish)?.countryName).toBe('México');
    expect(mexicoD(await listed(api.http, coordinator.token))?.countryName).toBe('Mexico');
  });
});
