import type { INestApplicationContext } from '@nestjs/common';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { downloadWorkbook, uploadAndPreview, workbookBytes } from './helpers/imports';
import { startTestApp, TestApp } from './helpers/test-app';
import { startTestWorker } from './helpers/test-worker';

describe('Imports: workbook round trip, preview, conflicts, apply', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let admin: string;
  let mexico: Account;
  let guatemala: Account;

  const report = (action: string) => `/api/v1/reports/MEX/2025/${action}`;
  const draftD = {
    status: 'partially_implemented',
    narrative: 'Smuggling is an offence under the Migration Law.',
    checklist: [
      { item: 'd1', answer: 'yes', note: 'Art. 159 Ley de Migración' },
      { item: 'd5', answer: 'partial' },
    ],
  };

  beforeAll(async () => {
    api = await startTestApp();
    worker = await startTestWorker(api.config);
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    guatemala = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    await api.http.put(report('d')).set(bearer(mexico.token)).send(draftD).expect(201);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('round-trips a workbook: edits previewed field by field, applied once as a draft with its audit event', async () => {
    const workbook = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    const sheet = workbook.getWorksheet('(d)')!;
    expect(sheet.getCell('B4').value).toBe('partially_implemented');
    expect(sheet.getCell('H2').value).toBe(1);
    expect(sheet.getColumn('H').hidden).toBe(true);
    expect(sheet.getCell('B4').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('A13').value).toBe('d5');
    expect(workbook.getWorksheet('Read me')).toBeDefined();
    expect(workbook.getWorksheet('Indicators')).toBeDefined();
    sheet.getCell('B5').value = 'Amended in 2025: aggravations now apply.';
    sheet.getCell('C13').value = 'yes';

    const imported = await uploadAndPreview(
      api,
      mexico.token,
      await workbookBytes(workbook),
      'MEX-2025.xlsx',
    );
    expect(imported.state).toBe('previewed');
    expect(imported.preview.counts).toEqual({ created: 0, changed: 1, unchanged: 0, refused: 0 });
    const [record] = imported.preview.records;
    expect(record).toMatchObject({
      action: 'd',
      outcome: 'changed',
      downloadedVersion: 1,
      conflict: false,
    });
    expect(record.changes).toEqual([
      {
        field: 'narrative',
        before: draftD.narrative,
        after: 'Amended in 2025: aggravations now apply.',
      },
      {
        field: 'checklist.d5',
        before: { item: 'd5', answer: 'partial', note: null },
        after: { item: 'd5', answer: 'yes', note: null },
      },
    ]);
    const unchanged = await api.http.get(report('d')).set(bearer(mexico.token)).expect(200);
    expect(unchanged.body.version).toBe(1);

    const applied = await api.http
      .post(`/api/v1/imports/${imported.id}/apply`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(applied.body.state).toBe('applied');
    expect(applied.body.result).toEqual({
      written: [{ kind: 'report', country: 'MEX', period: '2025', action: 'd', version: 2 }],
      conflicts: [],
    });
    const again = await api.http
      .post(`/api/v1/imports/${imported.id}/apply`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(again.body.result).toEqual(applied.body.result);

    const saved = await api.http.get(report('d')).set(bearer(mexico.token)).expect(200);
    expect(saved.body).toMatchObject({
      state: 'draft',
      version: 2,
      narrative: 'Amended in 2025: aggravations now apply.',
      checklist: [
        { item: 'd1', answer: 'yes', note: 'Art. 159 Ley de Migración' },
        { item: 'd5', answer: 'yes', note: null },
      ],
    });
    const history = await api.http
      .get(`${report('d')}/history`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(history.body).toHaveLength(2);
    expect(history.body[1]).toMatchObject({ actor: { email: mexico.email } });
  });

  it('refuses a record saved after the download as a conflict, and never overwrites it', async () => {
    const workbook = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    const current = await api.http.get(report('d')).set(bearer(mexico.token)).expect(200);
    await api.http
      .put(report('d'))
      .set(bearer(mexico.token))
      .set('If-Match', current.headers.etag as string)
      .send({ ...draftD, narrative: 'Saved online after the download.' })
      .expect(200);
    workbook.getWorksheet('(d)')!.getCell('B5').value = 'Written offline.';

    const imported = await uploadAndPreview(
      api,
      mexico.token,
      await workbookBytes(workbook),
      'MEX-2025.xlsx',
    );
    expect(imported.preview.records).toEqual([
      expect.objectContaining({
        action: 'd',
        outcome: 'refused',
        conflict: true,
        downloadedVersion: current.body.version,
        currentVersion: current.body.version + 1,
      }),
    ]);
    const applied = await api.http
      .post(`/api/v1/imports/${imported.id}/apply`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(applied.body.result.written).toEqual([]);
    const after = await api.http.get(report('d')).set(bearer(mexico.token)).expect(200);
    expect(after.body.narrative).toBe('Saved online after the download.');
  });

  it("keeps another country's focal point out: no workbook, no write through an import, no peeking at imports", async () => {
    await api.http.get('/api/v1/workbooks/MEX/2025').set(bearer(guatemala.token)).expect(403);
    const workbook = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    workbook.getWorksheet('(d)')!.getCell('B5').value = 'Written by Guatemala.';
    const imported = await uploadAndPreview(
      api,
      guatemala.token,
      await workbookBytes(workbook),
      'MEX.xlsx',
    );
    expect(imported.preview.records).toEqual([
      expect.objectContaining({
        country: 'MEX',
        outcome: 'refused',
        errors: [
          { ref: "'(d)'!A1", message: 'Your account may not edit or submit reports of MEX.' },
        ],
      }),
    ]);
    await api.http.get(`/api/v1/imports/${imported.id}`).set(bearer(mexico.token)).expect(404);
    await api.http
      .post(`/api/v1/imports/${imported.id}/apply`)
      .set(bearer(guatemala.token))
      .expect(200);
    const after = await api.http.get(report('d')).set(bearer(mexico.token)).expect(200);
    expect(after.body.narrative).not.toBe('Written by Guatemala.');
  });
});
