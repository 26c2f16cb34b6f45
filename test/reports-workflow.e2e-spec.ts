import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

describe('Reports: recording, review workflow, concurrency and history', () => {
  let api: TestApp;
  let admin: string;
  let mexico: Account;
  let guatemala: Account;
  let coordinator: Account;

  const report = (iso3: string, period: string, action: string) =>
    `/api/v1/reports/${iso3}/${period}/${action}`;
  const draftD = {
    status: 'partially_implemented',
    narrative: 'Smuggling is an offence under the Migration Law; aggravating circumstances apply.',
    checklist: [
      { item: 'd1', answer: 'yes', note: 'Art. 159 Ley de Migración' },
      { item: 'd5', answer: 'partial' },
    ],
    evidence: [
      {
        kind: 'legislation',
        title: 'Ley de Migración',
        url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf',
        date: '2021-11-12',
        reference: 'art. 159-160',
      },
    ],
  };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    guatemala = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    coordinator = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
  });
  afterAll(() => api.close());

  it('takes a report from draft to validated through a return, and its history shows every step', async () => {
    const created = await api.http
      .put(report('MEX', '2025', 'd'))
      .set(bearer(mexico.token))
      .send(draftD)
      .expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe('/api/v1/reports/MEX/2025/d');
    expect(created.body).toMatchObject({
      country: 'MEX',
      period: '2025',
      action: 'd',
      state: 'draft',
      version: 1,
      status: 'partially_implemented',
      areas: [2],
      flags: [],
      changesSinceValidation: null,
      checklist: [
        { item: 'd1', answer: 'yes', note: 'Art. 159 Ley de Migración' },
        { item: 'd5', answer: 'partial', note: null },
      ],
      evidence: [expect.objectContaining({ kind: 'legislation', date: '2021-11-12' })],
      createdBy: mexico.email,
      allowedActions: ['save', 'submit'],
    });

    const submitted = await api.http
      .post(`${report('MEX', '2025', 'd')}/submit`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      version: 2,
      submittedBy: mexico.email,
      allowedActions: ['withdraw'],
    });
    const inReview = await api.http
      .get(report('MEX', '2025', 'd'))
      .set(bearer(coordinator.token))
      .expect(200);
    expect(inReview.body.allowedActions).toEqual(['return', 'validate']);

    const queue = await api.http
      .get('/api/v1/reports?state=submitted')
      .set(bearer(coordinator.token))
      .expect(200);
    expect(
      queue.body.items.map((r: { country: string; action: string }) => `${r.country}/${r.action}`),
    ).toEqual(['MEX/d']);

    await api.http
      .post(`${report('MEX', '2025', 'd')}/return`)
      .set(bearer(coordinator.token))
      .send({})
      .expect(400);
    const returned = await api.http
      .post(`${report('MEX', '2025', 'd')}/return`)
      .set(bearer(coordinator.token))
      .send({ comment: 'Please cite the article on aggravating circumstances (d5).' })
      .expect(200);
    expect(returned.body).toMatchObject({
      state: 'returned',
      review: {
        comment: 'Please cite the article on aggravating circumstances (d5).',
        reviewedBy: coordinator.email,
      },
    });

    const fixed = await api.http
      .put(report('MEX', '2025', 'd'))
      .set(bearer(mexico.token))
      .set('If-Match', returned.headers.etag)
      .send({
        ...draftD,
        checklist: [draftD.checklist[0], { item: 'd5', answer: 'yes', note: 'Art. 160 fr. I' }],
      })
      .expect(200);
    expect(fixed.body).toMatchObject({ state: 'returned', version: 4 });
    await api.http
      .post(`${report('MEX', '2025', 'd')}/submit`)
      .set(bearer(mexico.token))
      .expect(200);
    const validated = await api.http
      .post(`${report('MEX', '2025', 'd')}/validate`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(validated.body).toMatchObject({
      state: 'validated',
      validatedBy: coordinator.email,
      changesSinceValidation: [],
      // The return comment was answered: it lives on in the history, not on the validated report.
      review: { comment: null, reviewedBy: coordinator.email },
      allowedActions: ['reopen'],
    });

    const history = await api.http
      .get(`${report('MEX', '2025', 'd')}/history`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual([
      'report.created',
      'report.submitted',
      'report.returned',
      'report.updated',
      'report.submitted',
      'report.validated',
    ]);
    expect(history.body[2]).toMatchObject({
      actor: { id: coordinator.id, email: coordinator.email },
      before: { state: 'submitted' },
      after: { state: 'returned', comment: expect.stringContaining('d5') },
      requestId: expect.any(String),
    });
    expect(history.body[3].before.checklist[1]).toMatchObject({ item: 'd5', answer: 'partial' });
    expect(history.body[3].after.checklist[1]).toMatchObject({ item: 'd5', answer: 'yes' });
  });

  it('reopens a validated report with a reason and shows the reviewer what changed since', async () => {
    const path = report('MEX', '2025', 'd');
    await api.http
      .post(`${path}/reopen`)
      .set(bearer(mexico.token))
      .send({ reason: 'x' })
      .expect(403);
    await api.http.post(`${path}/reopen`).set(bearer(coordinator.token)).send({}).expect(400);
    const reopened = await api.http
      .post(`${path}/reopen`)
      .set(bearer(coordinator.token))
      .send({ reason: 'Conviction figures were corrected.' })
      .expect(200);
    expect(reopened.body).toMatchObject({
      state: 'returned',
      review: { comment: 'Conviction figures were corrected.' },
    });
    const edited = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .set('If-Match', reopened.headers.etag)
      .send({
        ...draftD,
        status: 'implemented',
        checklist: [
          { item: 'd1', answer: 'yes', note: 'Art. 159 Ley de Migración' },
          { item: 'd5', answer: 'yes', note: 'Art. 160 fr. I' },
        ],
      })
      .expect(200);
    expect(edited.body.changesSinceValidation).toEqual([
      { field: 'status', before: 'partially_implemented', after: 'implemented' },
    ]);
    await api.http.post(`${path}/submit`).set(bearer(mexico.token)).expect(200);
    const seen = await api.http.get(path).set(bearer(coordinator.token)).expect(200);
    expect(seen.body.changesSinceValidation.map((c: { field: string }) => c.field)).toEqual([
      'status',
    ]);
  });

  it('answers an invalid transition with 409 naming the current state', async () => {
    await api.http
      .put(report('GTM', '2025', 'f'))
      .set(bearer(guatemala.token))
      .send({ status: 'planned' })
      .expect(201);
    const res = await api.http
      .post(`${report('GTM', '2025', 'f')}/validate`)
      .set(bearer(coordinator.token))
      .expect(409);
    expect(res.body.detail).toMatch(/It is draft: only submitted records can be validated/);
    await api.http
      .post(`${report('GTM', '2025', 'f')}/submit`)
      .set(bearer(guatemala.token))
      .expect(200);
    const again = await api.http
      .post(`${report('GTM', '2025', 'f')}/submit`)
      .set(bearer(guatemala.token))
      .expect(409);
    expect(again.body.detail).toMatch(/It is submitted/);
    const edit = await api.http
      .put(report('GTM', '2025', 'f'))
      .set(bearer(guatemala.token))
      .set('If-Match', '"2"')
      .send({ status: 'implemented' })
      .expect(409);
    expect(edit.body.detail).toMatch(
      /It is submitted: only draft or returned records can be edited/,
    );
    await api.http
      .post(`${report('GTM', '2025', 'e')}/submit`)
      .set(bearer(guatemala.token))
      .expect(404);
  });

  it('takes a note only with the transition it belongs to, and knows no other transition', async () => {
    const path = report('GTM', '2025', 'f');
    await api.http.post(`${path}/publish`).set(bearer(coordinator.token)).expect(404);
    const misplaced = await api.http
      .post(`${path}/return`)
      .set(bearer(coordinator.token))
      .send({ reason: 'Figures missing.' })
      .expect(400);
    expect(misplaced.body.errors).toEqual([
      { field: 'comment', messages: ['comment is required (1 to 4000 characters)'] },
      { field: 'reason', messages: ['property reason should not exist'] },
    ]);
    const noted = await api.http
      .post(`${path}/validate`)
      .set(bearer(coordinator.token))
      .send({ comment: 'Fine.' })
      .expect(400);
    expect(noted.body.errors).toEqual([
      { field: 'comment', messages: ['property comment should not exist'] },
    ]);
    const current = await api.http.get(path).set(bearer(guatemala.token)).expect(200);
    expect(current.body).toMatchObject({ state: 'submitted', version: 2 });
  });

  it('never lets two officers overwrite each other: If-Match is required and must be current', async () => {
    const path = report('MEX', '2024', 'b');
    const first = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .send({ status: 'planned' })
      .expect(201);
    await api.http.put(path).set(bearer(mexico.token)).send({ status: 'planned' }).expect(412);
    await api.http
      .put(path)
      .set(bearer(mexico.token))
      .set('If-Match', first.headers.etag)
      .send({ status: 'in_progress' })
      .expect(200);
    const stale = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .set('If-Match', first.headers.etag)
      .send({ status: 'implemented' })
      .expect(412);
    expect(stale.body.detail).toMatch(/changed since you read it \(now version 2\)/);
    await api.http
      .put(report('MEX', '2024', 'c'))
      .set(bearer(mexico.token))
      .set('If-Match', '"1"')
      .send({ status: 'planned' })
      .expect(412);
    const current = await api.http.get(path).set(bearer(mexico.token)).expect(200);
    expect(current.body).toMatchObject({ status: 'in_progress', version: 2 });
  });

  it('lets exactly one of 20 concurrent creates win; every loser gets the same 412', async () => {
    const path = report('MEX', '2023', 'd');
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.http
          .put(path)
          .set(bearer(mexico.token))
          .send({ status: 'planned', narrative: `create ${i}` }),
      ),
    );
    expect(attempts.filter((res) => res.status === 201)).toHaveLength(1);
    const losers = attempts.filter((res) => res.status !== 201);
    expect(new Set(losers.map((res) => res.status))).toEqual(new Set([412]));
    expect(new Set(losers.map((res) => res.body.detail))).toEqual(
      new Set([
        'This record already exists (now version 1): it was saved since you opened it. Reload it, reapply your change, and save again.',
      ]),
    );
    const history = await api.http.get(`${path}/history`).set(bearer(mexico.token)).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['report.created']);
  });

  it('lets exactly one of many concurrent saves of the same version win', async () => {
    const path = report('MEX', '2023', 'e');
    const created = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .send({ status: 'planned' })
      .expect(201);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api.http
          .put(path)
          .set(bearer(mexico.token))
          .set('If-Match', created.headers.etag)
          .send({ status: 'in_progress', narrative: `attempt ${i}` }),
      ),
    );
    const statuses = attempts.map((res) => res.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(11);
    const history = await api.http.get(`${path}/history`).set(bearer(mexico.token)).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual([
      'report.created',
      'report.updated',
    ]);
  });

  it('rejects edits and submissions in a closed period until an admin reopens it', async () => {
    const path = report('MEX', '2022', 'a');
    const created = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .send({ status: 'implemented' })
      .expect(201);
    await api.http
      .patch('/api/v1/periods/2022')
      .set(bearer(mexico.token))
      .send({ state: 'closed' })
      .expect(403);
    await api.http
      .patch('/api/v1/periods/2022')
      .set(bearer(admin))
      .send({ state: 'closed' })
      .expect(200);
    const edit = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .set('If-Match', created.headers.etag)
      .send({ status: 'planned' })
      .expect(409);
    expect(edit.body.detail).toMatch(/2022 reporting period is closed/);
    const closed = await api.http.get(path).set(bearer(mexico.token)).expect(200);
    expect(closed.body.allowedActions).toEqual([]);
    await api.http.post(`${path}/submit`).set(bearer(mexico.token)).expect(409);
    await api.http
      .put(report('MEX', '2022', 'b'))
      .set(bearer(mexico.token))
      .send({ status: 'planned' })
      .expect(409);
    await api.http
      .patch('/api/v1/periods/2022')
      .set(bearer(admin))
      .send({ state: 'open' })
      .expect(200);
    await api.http.post(`${path}/submit`).set(bearer(mexico.token)).expect(200);
    const audit = await api.http
      .get('/api/v1/audit?entityType=period&entityId=2022')
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'period.reopened',
      'period.closed',
    ]);
  });

  it('pre-fills a1 from the treaty record and flags an answer that contradicts it', async () => {
    const path = report('MEX', '2025', 'a');
    const created = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .send({ status: 'implemented' })
      .expect(201);
    expect(created.body.checklist.slice(0, 2)).toEqual([
      {
        item: 'a1',
        answer: 'yes',
        note: expect.stringMatching(
          /^Pre-filled from the treaty record: party since 2003-03-04 by ratification \(sources: ZMJ-18-12-b; complete as of 2014-07-10\)/,
        ),
      },
      {
        item: 'a2',
        answer: 'yes',
        note: expect.stringContaining('Pre-filled from the treaty record'),
      },
    ]);
    expect(created.body.flags).toEqual([]);
    const contradicted = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .set('If-Match', created.headers.etag)
      .send({
        status: 'implemented',
        checklist: [{ item: 'a1', answer: 'no', note: 'we think not' }],
      })
      .expect(200);
    expect(contradicted.body.flags).toEqual([
      {
        code: 'treaty_record_mismatch',
        item: 'a1',
        message: expect.stringMatching(
          /^Answer "no" contradicts the SOM treaty record: party since 2003-03-04/,
        ),
      },
    ]);
    // A later save that leaves the treaty items out gets them answered from the record again.
    const resaved = await api.http
      .put(path)
      .set(bearer(mexico.token))
      .set('If-Match', contradicted.headers.etag)
      .send({ status: 'implemented', checklist: [{ item: 'a3', answer: 'yes' }] })
      .expect(200);
    expect(resaved.body.checklist.map((entry: { item: string }) => entry.item)).toEqual([
      'a1',
      'a2',
      'a3',
    ]);
    expect(resaved.body.checklist[0]).toMatchObject({ item: 'a1', answer: 'yes' });
    expect(resaved.body.flags).toEqual([]);
  });

  it('answers a1 unknown, never no, where the treaty data stops, and flags nothing against it', async () => {
    // Comoros has no record in the Protocol's table, which is complete to 2014-07-10 only.
    const after = await api.http
      .put(report('COM', '2025', 'a'))
      .set(bearer(admin))
      .send({ status: 'planned' })
      .expect(201);
    expect(after.body.checklist[0]).toEqual({
      item: 'a1',
      answer: 'unknown',
      note: expect.stringMatching(
        /^Not pre-filled from the treaty record: it is complete only to 2014-07-10 /,
      ),
    });
    const answered = await api.http
      .put(report('COM', '2025', 'a'))
      .set(bearer(admin))
      .set('If-Match', after.headers.etag)
      .send({ status: 'planned', checklist: [{ item: 'a1', answer: 'no' }] })
      .expect(200);
    expect(answered.body.flags).toEqual([]);
    // Within what the data covers, no record means not a party: pre-filled "no", "yes" flagged.
    await api.http.post('/api/v1/periods').set(bearer(admin)).send({ year: 2013 }).expect(201);
    const before = await api.http
      .put(report('COM', '2013', 'a'))
      .set(bearer(admin))
      .send({ status: 'planned' })
      .expect(201);
    expect(before.body.checklist[0]).toMatchObject({ item: 'a1', answer: 'no' });
    const contradicted = await api.http
      .put(report('COM', '2013', 'a'))
      .set(bearer(admin))
      .set('If-Match', before.headers.etag)
      .send({ status: 'planned', checklist: [{ item: 'a1', answer: 'yes' }] })
      .expect(200);
    expect(contradicted.body.flags).toEqual([
      expect.objectContaining({ code: 'treaty_record_mismatch', item: 'a1' }),
    ]);
  });

  it('lists reports with filters, sorting and pagination, scoped to what the caller may see', async () => {
    const own = await api.http
      .get('/api/v1/reports?pageSize=2&page=1&sort=action')
      .set(bearer(mexico.token))
      .expect(200);
    expect(own.body.total).toBeGreaterThanOrEqual(5);
    expect(own.body.items).toHaveLength(2);
    expect(own.body.items.every((r: { country: string }) => r.country === 'MEX')).toBe(true);
    const gtm = await api.http
      .get('/api/v1/reports?country=MEX')
      .set(bearer(guatemala.token))
      .expect(200);
    expect(gtm.body.total).toBe(0);
    const byAction = await api.http
      .get('/api/v1/reports?process=RCM&period=2025&action=d&status=implemented')
      .set(bearer(coordinator.token))
      .expect(200);
    expect(byAction.body.items).toEqual([
      expect.objectContaining({ country: 'MEX', countryName: 'Mexico', action: 'd' }),
    ]);
    await api.http.get('/api/v1/reports?sort=name').set(bearer(admin)).expect(400);
    await api.http.get('/api/v1/reports?pageSize=1000').set(bearer(admin)).expect(400);
  });

  it('writes an outbox message with every save and transition, in the same transaction', async () => {
    const { dataSource } = await openDatabase(api);
    try {
      const pending = async () =>
        (
          await dataSource.query(
            `SELECT count(*)::int AS n FROM outbox_message
              WHERE topic = 'reporting.changed' AND payload @> '{"country": "GTM", "period": "2024"}'::jsonb`,
          )
        )[0].n as number;
      const before = await pending();
      const draft = await api.http
        .put(report('GTM', '2024', 'f'))
        .set(bearer(guatemala.token))
        .send({ status: 'planned' })
        .expect(201);
      expect(await pending()).toBe(before + 1);
      await api.http
        .post(`${report('GTM', '2024', 'f')}/submit`)
        .set(bearer(guatemala.token))
        .set('If-Match', draft.headers.etag)
        .expect(200);
      expect(await pending()).toBe(before + 2);
      // Neither changed validated data: the next period's summaries, which compare with it, stay.
      const [{ validated }] = await dataSource.query(
        `SELECT count(*)::int AS validated FROM outbox_message
          WHERE topic = 'reporting.changed' AND payload @> '{"country": "GTM", "period": "2024"}'::jsonb
            AND (payload ->> 'validatedChanged')::boolean`,
      );
      expect(validated).toBe(0);
      // A refused request writes nothing, outbox included.
      await api.http
        .post(`${report('GTM', '2024', 'f')}/submit`)
        .set(bearer(guatemala.token))
        .expect(409);
      expect(await pending()).toBe(before + 2);
    } finally {
      await dataSource.destroy();
    }
  });
});
