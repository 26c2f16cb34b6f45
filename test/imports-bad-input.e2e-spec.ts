import type { INestApplicationContext } from '@nestjs/common';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { downloadWorkbook, upload, uploadAndPreview, workbookBytes } from './helpers/imports';
import { startTestApp, TestApp } from './helpers/test-app';
import { startTestWorker } from './helpers/test-worker';
import { zipOf } from './helpers/zip-writer';

describe('Imports: bad input gives a clear error and writes nothing', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let mexico: Account;
  const report = '/api/v1/reports/MEX/2025/d';
  const xlsx = (body: Buffer) => uploadAndPreview(api, mexico.token, body, 'MEX-2025.xlsx');
  const csv = (text: string) =>
    uploadAndPreview(api, mexico.token, Buffer.from(text, 'utf8'), 'MEX-2025.csv');
  const errorsOf = (imported: { preview: { records: Array<{ errors: unknown[] }> } }) =>
    imported.preview.records.flatMap((record) => record.errors);

  beforeAll(async () => {
    api = await startTestApp();
    worker = await startTestWorker(api.config);
    const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    await api.http
      .put(report)
      .set(bearer(mexico.token))
      .send({ status: 'planned', narrative: 'Before any import.' })
      .expect(201);
  });
  afterAll(async () => {
    // Nothing any test here uploaded was written.
    const after = await api.http.get(report).set(bearer(mexico.token)).expect(200);
    expect(after.body).toMatchObject({ version: 1, narrative: 'Before any import.' });
    await worker?.close();
    await api?.close();
  });

  it('refuses a file that is neither XLSX nor CSV, one over the limit, and a body that is not multipart', async () => {
    const pdf = await upload(api, mexico.token, Buffer.from('%PDF-1.7 …'), 'report.pdf').expect(
      415,
    );
    expect(pdf.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(pdf.body.detail).toMatch(/XLSX workbook .* or a CSV file/);
    await upload(api, mexico.token, Buffer.from('not a zip'), 'fake.xlsx').expect(415);
    const large = await upload(api, mexico.token, Buffer.alloc(5 * 1024 * 1024 + 1, 65), 'big.csv');
    expect(large.status).toBe(413);
    expect(large.body.detail).toMatch(/larger than 5 MB/);
    await api.http
      .post('/api/v1/imports')
      .set(bearer(mexico.token))
      .send({ file: 'x' })
      .expect(415);
  });

  it('refuses XLSX bombs before loading them: huge dimensions, a lying part size, too many shared strings', async () => {
    const workbook = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    workbook.getWorksheet('(d)')!.getCell('A100000').value = 'far away';
    const tall = await xlsx(await workbookBytes(workbook));
    expect(tall).toMatchObject({
      state: 'failed',
      failure: expect.stringMatching(/declares 100000 rows/),
    });

    const sheet = Buffer.from(
      `<worksheet><sheetData>${' '.repeat(30 * 1024 * 1024)}</sheetData></worksheet>`,
    );
    const lying = await xlsx(
      zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet, claimedSize: 100 }]),
    );
    expect(lying).toMatchObject({ state: 'failed', failure: expect.stringMatching(/too large/) });

    const strings = Buffer.from(
      '<sst count="2000000" uniqueCount="2000000"><si><t>a</t></si></sst>',
    );
    const many = await xlsx(zipOf([{ name: 'xl/sharedStrings.xml', data: strings }]));
    expect(many).toMatchObject({
      state: 'failed',
      failure: expect.stringMatching(/2000000 distinct texts/),
    });
  });

  it('reads cached formula results without evaluating, dates as serials or ISO text, and names bad cells', async () => {
    const workbook = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    const sheet = workbook.getWorksheet('(d)')!;
    sheet.getCell('B5').value = { formula: 'CONCAT("evaluated", "!")', result: 'The cached text' };
    sheet.getCell('A21').value = 'legislation';
    sheet.getCell('B21').value = 'Ley de Migración';
    sheet.getCell('D21').value = 44512; // an Excel serial: 2021-11-12
    sheet.getCell('A22').value = 'legislation';
    sheet.getCell('B22').value = 'Reglamento';
    sheet.getCell('D22').value = '12/11/2021';
    sheet.getCell('B4').value = 'done';
    const imported = await xlsx(await workbookBytes(workbook));
    expect(errorsOf(imported)).toEqual([
      {
        ref: "'(d)'!B4",
        message: expect.stringMatching(/^status must be one of .* \(found "done"\)$/),
      },
      { ref: "'(d)'!D22", message: expect.stringMatching(/date/) },
    ]);
    sheet.getCell('B4').value = 'planned';
    sheet.getCell('D22').value = '2022-01-31';
    const fixed = await xlsx(await workbookBytes(workbook));
    const [record] = fixed.preview.records;
    expect(record.outcome).toBe('changed');
    expect(record.changes).toContainEqual(
      expect.objectContaining({ field: 'narrative', after: 'The cached text' }),
    );
    expect(record.draft.evidence.map((entry: { date: string }) => entry.date)).toEqual([
      '2021-11-12',
      '2022-01-31',
    ]);
    await api.http.delete(`/api/v1/imports/${fixed.id}`).set(bearer(mexico.token)).expect(204);
    await api.http.post(`/api/v1/imports/${fixed.id}/apply`).set(bearer(mexico.token)).expect(409);
  });

  it('refuses a sheet for another country than the workbook says, and a second sheet for one action', async () => {
    const workbook = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    workbook.getWorksheet('(d)')!.getCell('B1').value = 'GTM';
    const copy = workbook.addWorksheet(' (e) ');
    copy.getCell('B3').value = 'e';
    const imported = await xlsx(await workbookBytes(workbook));
    expect(imported.preview.errors).toEqual([
      { ref: "'(d)'!B1", message: 'the sheet is for GTM, the workbook for MEX' },
      { ref: "' (e) '!A1", message: 'action (e) has a second sheet' },
    ]);
    expect(imported.preview.records).toEqual([]);
  });

  it('reads a CSV with a BOM and semicolons, and refuses duplicate keys and unknown fields', async () => {
    const header = 'country;period;action;field;value;version';
    const good = await csv(
      `\uFEFF${header}\nMEX;2025;d;status;implemented;1\nMEX;2025;d;checklist.d5.answer;yes;1\nMEX;2025;d;evidence.1.kind;legislation;1\nMEX;2025;d;evidence.1.title;Ley;1\nMEX;2025;d;evidence.1.date;44512;1\n`,
    );
    expect(good.preview.records).toEqual([
      expect.objectContaining({ action: 'd', outcome: 'changed', errors: [] }),
    ]);
    expect(good.preview.records[0].draft.evidence[0].date).toBe('2021-11-12');
    const bad = await csv(
      `${header}\nMEX;2025;d;status;implemented;1\nMEX;2025;d;status;planned;1\nMEX;2025;d;colour;blue;1\n`,
    );
    expect(bad.preview.errors).toEqual([
      { ref: 'line 3', message: 'status is given twice (also line 2)' },
      { ref: 'line 4', message: 'unknown field "colour"' },
    ]);
    const wrongColumns = await csv('land,jahr\nMEX,2025\n');
    expect(wrongColumns).toMatchObject({
      state: 'failed',
      failure: expect.stringMatching(/lacks the columns/),
    });
  });
});
