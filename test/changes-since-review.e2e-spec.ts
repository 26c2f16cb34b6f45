import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { startTestApp, TestApp } from './helpers/test-app';

describe('What changed since the coordinator last acted, part by part', () => {
  let api: TestApp;
  let admin: string;
  let mexico: Account;
  let guatemala: Account;
  let coordinator: Account;

  const report = '/api/v1/reports/MEX/2025/d';
  const values = '/api/v1/indicator-values/MEX/2025';
  const first = {
    status: 'in_progress',
    narrative: 'A reform is in committee.',
    checklist: [
      { item: 'd1', answer: 'partial' },
      { item: 'd5', answer: 'no' },
    ],
  };

  const post = (path: string, token: string, etag: string, body: object = {}) =>
    api.http.post(path).set(bearer(token)).set('If-Match', etag).send(body).expect(200);

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    guatemala = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    coordinator = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
  });
  afterAll(() => api.close());

  it('shows a resubmitted report’s changes since its return, before → after', async () => {
    const created = await api.http.put(report).set(bearer(mexico.token)).send(first).expect(201);
    const submitted = await post(`${report}/submit`, mexico.token, created.headers.etag);
    const none = await api.http.get(`${report}/changes`).set(bearer(coordinator.token)).expect(200);
    expect(none.body).toEqual({ since: null, version: 2, changes: [] });

    const returned = await post(`${report}/return`, coordinator.token, submitted.headers.etag, {
      comment: 'Cite the article (d1).',
    });
    const edited = await api.http
      .put(report)
      .set(bearer(mexico.token))
      .set('If-Match', returned.headers.etag)
      .send({
        ...first,
        narrative: 'The reform was adopted.',
        checklist: [{ item: 'd1', answer: 'yes', note: 'Art. 159' }, first.checklist[1]],
      })
      .expect(200);
    await post(`${report}/submit`, mexico.token, edited.headers.etag);

    const changes = await api.http
      .get(`${report}/changes`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(changes.body).toEqual({
      since: 3,
      version: 5,
      changes: [
        {
          part: 'narrative',
          before: 'A reform is in committee.',
          after: 'The reform was adopted.',
        },
        {
          part: 'checklist.d1',
          before: { answer: 'partial', note: null },
          after: { answer: 'yes', note: 'Art. 159' },
        },
      ],
    });
    // An explicit version: everything since the first save is the same two parts.
    const sinceFirst = await api.http
      .get(`${report}/changes?since=1`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(sinceFirst.body.since).toBe(1);
    expect(sinceFirst.body.changes.map((c: { part: string }) => c.part)).toEqual([
      'narrative',
      'checklist.d1',
    ]);
    // Nothing changed since now.
    const sinceNow = await api.http
      .get(`${report}/changes?since=5`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(sinceNow.body.changes).toEqual([]);
  });

  it('refuses a version the record never had, another country’s reader, an unknown record', async () => {
    const future = await api.http
      .get(`${report}/changes?since=99`)
      .set(bearer(coordinator.token))
      .expect(400);
    expect(future.body.errors).toEqual([
      { field: 'since', messages: [expect.stringContaining('at most 5')] },
    ]);
    await api.http.get(`${report}/changes?since=0`).set(bearer(coordinator.token)).expect(400);
    await api.http.get(`${report}/changes?since=x`).set(bearer(coordinator.token)).expect(400);
    await api.http.get(`${report}/changes`).set(bearer(guatemala.token)).expect(403);
    await api.http
      .get('/api/v1/reports/MEX/2025/a/changes')
      .set(bearer(coordinator.token))
      .expect(404);
  });

  it('shows indicator values’ changed cells since their validation and reopening', async () => {
    const created = await api.http
      .put(values)
      .set(bearer(mexico.token))
      .send({ values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 12 }] })
      .expect(201);
    const submitted = await post(`${values}/submit`, mexico.token, created.headers.etag);
    const validated = await post(`${values}/validate`, coordinator.token, submitted.headers.etag);
    const reopened = await post(`${values}/reopen`, coordinator.token, validated.headers.etag, {
      reason: 'Corrected by the prosecutor.',
    });
    await api.http
      .put(values)
      .set(bearer(mexico.token))
      .set('If-Match', reopened.headers.etag)
      .send({
        values: [
          { indicator: 'SOM_CASES_INVESTIGATED', total: 15 },
          { indicator: 'PUBLIC_CAMPAIGNS', total: 2 },
        ],
      })
      .expect(200);
    const changes = await api.http
      .get(`${values}/changes`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(changes.body).toEqual({
      since: 4,
      version: 5,
      changes: expect.arrayContaining([
        { part: 'SOM_CASES_INVESTIGATED.all.all', before: 12, after: 15 },
        { part: 'PUBLIC_CAMPAIGNS.all.all', before: null, after: 2 },
      ]),
    });
    expect(changes.body.changes).toHaveLength(2);
  });
});
