import type { INestApplicationContext } from '@nestjs/common';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { uploadAndPreview } from './helpers/imports';
import { startTestApp, TestApp } from './helpers/test-app';
import { startTestWorker } from './helpers/test-worker';

describe('Imports: bulk CSV for administrators (many countries and periods, drafts or submitted)', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let admin: string;
  let mexico: Account;
  const header = 'country,period,action,field,value,version';
  const csv = (token: string, rows: string[]) =>
    uploadAndPreview(api, token, Buffer.from([header, ...rows].join('\n'), 'utf8'), 'bulk.csv');

  beforeAll(async () => {
    api = await startTestApp();
    worker = await startTestWorker(api.config);
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('imports reports of several countries and periods, submitting those marked submitted', async () => {
    const imported = await csv(admin, [
      'MEX,2025,d,status,implemented,',
      'MEX,2025,d,checklist.d1.answer,yes,',
      'MEX,2025,d,state,submitted,',
      'GTM,2025,b,status,planned,',
      'GTM,2024,f,status,in_progress,',
      'GTM,2024,f,narrative,Campaigns on the risks of smuggling.,',
    ]);
    expect(imported.preview.counts).toEqual({ created: 3, changed: 0, unchanged: 0, refused: 0 });
    const applied = await api.http
      .post(`/api/v1/imports/${imported.id}/apply`)
      .set(bearer(admin))
      .expect(200);
    expect(applied.body.result).toEqual({
      written: [
        { kind: 'report', country: 'MEX', period: '2025', action: 'd', version: 2 },
        { kind: 'report', country: 'GTM', period: '2025', action: 'b', version: 1 },
        { kind: 'report', country: 'GTM', period: '2024', action: 'f', version: 1 },
      ],
      conflicts: [],
    });
    const mexicoD = await api.http.get('/api/v1/reports/MEX/2025/d').set(bearer(admin)).expect(200);
    expect(mexicoD.body).toMatchObject({ state: 'submitted', status: 'implemented' });
    const guatemalaF = await api.http
      .get('/api/v1/reports/GTM/2024/f')
      .set(bearer(admin))
      .expect(200);
    expect(guatemalaF.body).toMatchObject({
      state: 'draft',
      narrative: 'Campaigns on the risks of smuggling.',
    });
  });

  it('never validates, and lets only administrators submit through an import', async () => {
    const validated = await csv(admin, [
      'MEX,2025,e,status,planned,',
      'MEX,2025,e,state,validated,',
    ]);
    expect(validated.preview.errors).toEqual([
      {
        ref: 'line 3',
        message:
          'state must be draft or submitted (found "validated"): an import never validates a report',
      },
    ]);
    const byFocalPoint = await csv(mexico.token, [
      'MEX,2025,e,status,planned,',
      'MEX,2025,e,state,submitted,',
    ]);
    expect(byFocalPoint.preview.records).toEqual([
      expect.objectContaining({
        outcome: 'refused',
        errors: [{ ref: 'line 3', message: 'only administrators import records as submitted' }],
      }),
    ]);
    const submittedAlready = await csv(admin, ['MEX,2025,d,status,planned,2']);
    expect(submittedAlready.preview.records).toEqual([
      expect.objectContaining({
        outcome: 'refused',
        errors: [expect.objectContaining({ message: expect.stringMatching(/is submitted/) })],
      }),
    ]);
  });

  it('imports indicator cells (rows without action) as the country’s values, submitted when asked', async () => {
    const imported = await csv(admin, [
      'GTM,2025,,indicator.SOM_PERSONS_CONVICTED.total,9,',
      'GTM,2025,,indicator.SOM_PERSONS_CONVICTED.female,2,',
      'GTM,2025,,indicator.SOM_PERSONS_CONVICTED.male,7,',
      'GTM,2025,,indicator.SOM_PERSONS_CONVICTED.unknown,0,',
      'GTM,2025,,indicator.MIG_SMUGGLED_IDENTIFIED.total,3,',
      'GTM,2025,,state,submitted,',
      'MEX,2025,,indicator.SOM_CASES_INVESTIGATED.total,4,',
      'MEX,2025,,indicator.SOM_CASES_INVESTIGATED.female,4,',
      'MEX,2025,,indicator.SOM_CASES_INVESTIGATED.male,0,',
      'MEX,2025,,indicator.SOM_CASES_INVESTIGATED.unknown,0,',
    ]);
    expect(imported.preview.records).toEqual([
      expect.objectContaining({
        kind: 'indicator_values',
        country: 'GTM',
        outcome: 'created',
        changes: [
          { field: 'SOM_PERSONS_CONVICTED.total', before: null, after: 9 },
          { field: 'SOM_PERSONS_CONVICTED.female', before: null, after: 2 },
          { field: 'SOM_PERSONS_CONVICTED.male', before: null, after: 7 },
          { field: 'SOM_PERSONS_CONVICTED.unknown', before: null, after: 0 },
          { field: 'MIG_SMUGGLED_IDENTIFIED.total', before: null, after: 3 },
          { field: 'state', before: null, after: 'submitted' },
        ],
      }),
      expect.objectContaining({
        kind: 'indicator_values',
        country: 'MEX',
        outcome: 'refused',
        errors: [
          {
            ref: 'line 9',
            message: 'SOM_CASES_INVESTIGATED is not disaggregated by sex',
          },
        ],
      }),
    ]);
    const applied = await api.http
      .post(`/api/v1/imports/${imported.id}/apply`)
      .set(bearer(admin))
      .expect(200);
    expect(applied.body.result.written).toEqual([
      { kind: 'indicator_values', country: 'GTM', period: '2025', action: null, version: 2 },
    ]);
    const guatemala = await api.http
      .get('/api/v1/indicator-values/GTM/2025')
      .set(bearer(admin))
      .expect(200);
    expect(guatemala.body).toMatchObject({
      state: 'submitted',
      values: [
        { indicator: 'SOM_PERSONS_CONVICTED', total: 9, bySex: { female: 2, male: 7, unknown: 0 } },
        { indicator: 'MIG_SMUGGLED_IDENTIFIED', total: 3 },
      ],
    });
  });
});
