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
        { country: 'MEX', period: '2025', action: 'd', version: 2 },
        { country: 'GTM', period: '2025', action: 'b', version: 1 },
        { country: 'GTM', period: '2024', action: 'f', version: 1 },
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
        errors: [{ ref: 'line 3', message: 'only administrators import reports as submitted' }],
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
});
