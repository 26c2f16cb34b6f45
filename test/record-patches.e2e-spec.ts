import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

type Operation = { op: string; path: string; value?: unknown; from?: string };

const JSON_PATCH = 'application/json-patch+json';
const fieldsOf = (res: Response): string[] =>
  ((res.body.errors ?? []) as Array<{ field: string }>).map((error) => error.field);

/** A report with d1 and d3 answered: windows edit d3's note and the narrative. */
const REPORT = {
  status: 'in_progress',
  narrative: 'Smuggling is an offence under the Migration Law.',
  checklist: [
    { item: 'd1', answer: 'yes', note: 'Art. 159 Ley de Migración' },
    { item: 'd3', answer: 'partial', note: 'Draft reform pending' },
  ],
  evidence: [{ kind: 'legislation', title: 'Ley de Migración', date: '2021-11-12' }],
};

describe('Patches: two windows edit one record, nothing lost', () => {
  let api: TestApp;
  let db: DataSource;
  let mexico: Account;
  let guatemala: Account;

  const report = (iso3: string) => `/api/v1/reports/${iso3}/2025/d`;
  const values = (iso3: string) => `/api/v1/indicator-values/${iso3}/2025`;
  const patch = (url: string, who: Account, operations: unknown, ifMatch?: string) => {
    const request = api.http.patch(url).set(bearer(who.token)).set('Content-Type', JSON_PATCH);
    return (ifMatch ? request.set('If-Match', ifMatch) : request).send(JSON.stringify(operations));
  };
  const outboxOf = async (iso3: string): Promise<number> => {
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox_message
        WHERE topic = 'reporting.changed' AND payload @> $1::jsonb`,
      [JSON.stringify({ country: iso3, period: '2025' })],
    );
    return count;
  };
  const d3Note = (note: string): Operation[] => [
    { op: 'replace', path: '/checklist/1/note', value: note },
  ];

  beforeAll(async () => {
    api = await startTestApp();
    ({ dataSource: db } = await openDatabase(api));
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    guatemala = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    await api.http.put(report('MEX')).set(bearer(mexico.token)).send(REPORT).expect(201);
  });
  afterAll(async () => {
    await db.destroy();
    await api.close();
  });

  it('keeps both windows’ changes when they edited different parts from the same version', async () => {
    const outboxBefore = await outboxOf('MEX');
    const first = await patch(report('MEX'), mexico, d3Note('Art. 159 bis, in force'), '"1"');
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    // The second window still starts from version 1: its part is untouched since, so it applies.
    const second = await patch(
      report('MEX'),
      mexico,
      [{ op: 'replace', path: '/narrative', value: 'Both windows’ work is kept.' }],
      '"1"',
    );
    expect(second.status).toBe(200);
    expect(second.headers.etag).toBe('"3"');

    const saved = await api.http.get(report('MEX')).set(bearer(mexico.token)).expect(200);
    expect(saved.body).toMatchObject({
      version: 3,
      narrative: 'Both windows’ work is kept.',
      checklist: [
        REPORT.checklist[0],
        { item: 'd3', answer: 'partial', note: 'Art. 159 bis, in force' },
      ],
      evidence: [expect.objectContaining({ title: 'Ley de Migración' })],
    });
    // Audited and announced like a PUT: one event and one outbox message per save.
    expect(await outboxOf('MEX')).toBe(outboxBefore + 2);
    const history = await api.http.get(`${report('MEX')}/history`).set(bearer(mexico.token));
    const updates = history.body.filter(
      (event: { action: string }) => event.action === 'report.updated',
    );
    expect(updates).toHaveLength(2);
    expect(updates[1]).toMatchObject({
      actor: { email: mexico.email },
      before: { narrative: REPORT.narrative },
      after: {
        narrative: 'Both windows’ work is kept.',
        checklist: expect.arrayContaining([
          { item: 'd3', answer: 'partial', note: 'Art. 159 bis, in force' },
        ]),
      },
    });
  });

  it('refuses a part both windows changed differently, naming it with base, mine and theirs', async () => {
    const current = await api.http.get(report('MEX')).set(bearer(mexico.token)).expect(200);
    const base = current.headers.etag;
    await patch(report('MEX'), mexico, d3Note('Window A'), base).expect(200);
    const refused = await patch(report('MEX'), mexico, d3Note('Window B'), base).expect(409);
    expect(refused.body).toMatchObject({
      status: 409,
      currentVersion: current.body.version + 1,
      updatedBy: mexico.email,
      conflicts: [
        {
          part: 'checklist.d3',
          base: { answer: 'partial', note: 'Art. 159 bis, in force' },
          mine: { answer: 'partial', note: 'Window B' },
          theirs: { answer: 'partial', note: 'Window A' },
        },
      ],
    });
    const after = await api.http.get(report('MEX')).set(bearer(mexico.token)).expect(200);
    expect(after.body.checklist[1].note).toBe('Window A');
  });

  it('refuses a patched record that a PUT would refuse, naming the fields', async () => {
    const { headers } = await api.http.get(report('MEX')).set(bearer(mexico.token));
    const invalid = await patch(
      report('MEX'),
      mexico,
      [
        { op: 'replace', path: '/status', value: 'finished' },
        { op: 'add', path: '/evidence/0/url', value: 'not a url' },
        { op: 'add', path: '/secret', value: true },
      ],
      headers.etag,
    ).expect(400);
    expect(fieldsOf(invalid)).toEqual(
      expect.arrayContaining(['status', 'evidence[0].url', 'secret']),
    );
    const unresolvable = await patch(
      report('MEX'),
      mexico,
      [{ op: 'replace', path: '/checklist/9/note', value: 'x' }],
      headers.etag,
    ).expect(400);
    expect(fieldsOf(unresolvable)).toEqual(['[0]']);
    const tooMany = Array.from({ length: 201 }, () => ({
      op: 'test',
      path: '/status',
      value: 'x',
    }));
    const refused = await patch(report('MEX'), mexico, tooMany, headers.etag).expect(400);
    expect(fieldsOf(refused)).toEqual(['body']);
  });

  it('answers 428 without If-Match, 403 to another country’s focal point, 404 before a first save', async () => {
    await patch(report('MEX'), mexico, d3Note('no base')).expect(428);
    await patch(report('MEX'), guatemala, d3Note('not mine'), '"1"').expect(403);
    await patch(report('GTM'), guatemala, d3Note('nothing yet'), '"1"').expect(404);
  });

  it('takes application/json too, and a failed test operation is a 409', async () => {
    const { headers } = await api.http.get(report('MEX')).set(bearer(mexico.token));
    await api.http
      .patch(report('MEX'))
      .set(bearer(mexico.token))
      .set('If-Match', headers.etag)
      .send([{ op: 'test', path: '/status', value: 'implemented' }])
      .expect(409);
    const saved = await api.http
      .patch(report('MEX'))
      .set(bearer(mexico.token))
      .set('If-Match', headers.etag)
      .send([{ op: 'replace', path: '/status', value: 'implemented' }])
      .expect(200);
    expect(saved.body.status).toBe('implemented');
  });

  it('merges indicator values cell by cell, and names a cell both windows changed', async () => {
    const created = await api.http
      .put(values('MEX'))
      .set(bearer(mexico.token))
      .send({
        values: [
          { indicator: 'SOM_CASES_INVESTIGATED', total: 10 },
          { indicator: 'PUBLIC_CAMPAIGNS', total: 4 },
        ],
      })
      .expect(201);
    const indexOf = (code: string) =>
      created.body.values.findIndex((value: { indicator: string }) => value.indicator === code);
    const setTotal = (code: string, total: number) => [
      { op: 'replace', path: `/values/${indexOf(code)}/total`, value: total },
    ];
    await patch(values('MEX'), mexico, setTotal('SOM_CASES_INVESTIGATED', 12), '"1"').expect(200);
    await patch(values('MEX'), mexico, setTotal('PUBLIC_CAMPAIGNS', 5), '"1"').expect(200);
    const saved = await api.http.get(values('MEX')).set(bearer(mexico.token)).expect(200);
    expect(saved.body.values).toEqual(
      expect.arrayContaining([
        { indicator: 'SOM_CASES_INVESTIGATED', total: 12, sensitivity: 'public' },
        { indicator: 'PUBLIC_CAMPAIGNS', total: 5, sensitivity: 'public' },
      ]),
    );

    const refused = await patch(values('MEX'), mexico, setTotal('PUBLIC_CAMPAIGNS', 6), '"1"');
    expect(refused.status).toBe(409);
    expect(refused.body.conflicts).toEqual([
      { part: 'PUBLIC_CAMPAIGNS.all.all', base: 4, mine: 6, theirs: 5 },
    ]);
  });

  it('asks about cells two windows changed when their merge would not add up to the total', async () => {
    await api.http
      .put(values('GTM'))
      .set(bearer(guatemala.token))
      .send({
        values: [
          {
            indicator: 'SOM_PERSONS_CONVICTED',
            total: 3,
            bySex: { female: 1, male: 2, unknown: 0 },
          },
        ],
      })
      .expect(201);
    const bySex = (total: number, female: number, male: number) => [
      { op: 'replace', path: '/values/0/total', value: total },
      { op: 'replace', path: '/values/0/bySex/female', value: female },
      { op: 'replace', path: '/values/0/bySex/male', value: male },
    ];
    await patch(values('GTM'), guatemala, bySex(4, 2, 2), '"1"').expect(200);
    const refused = await patch(values('GTM'), guatemala, bySex(4, 1, 3), '"1"').expect(409);
    expect(refused.body.conflicts).toEqual([
      { part: 'SOM_PERSONS_CONVICTED.male.all', base: 2, mine: 3, theirs: 2 },
      { part: 'SOM_PERSONS_CONVICTED.female.all', base: 1, mine: 1, theirs: 2 },
    ]);
  });
});
