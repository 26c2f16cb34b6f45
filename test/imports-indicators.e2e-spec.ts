import type { INestApplicationContext } from '@nestjs/common';
import type { Workbook, Worksheet } from 'exceljs';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { downloadWorkbook, uploadAndPreview, workbookBytes } from './helpers/imports';
import { startTestApp, TestApp } from './helpers/test-app';
import { startTestWorker } from './helpers/test-worker';

describe('Imports: indicator values by sex × age in the workbook', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let admin: string;
  let mexico: Account;
  const values = '/api/v1/indicator-values/MEX/2025';
  const saved = [
    { indicator: 'SOM_PERSONS_CONVICTED', total: 10, bySex: { female: 4, male: 6, unknown: 0 } },
    {
      indicator: 'MIG_SMUGGLED_IDENTIFIED',
      total: 21,
      bySexAge: {
        female: { child: 1, adult: 2, unknown: 3 },
        male: { child: 4, adult: 5, unknown: 6 },
        unknown: { child: 0, adult: 0, unknown: 0 },
      },
      // A workbook carries no levels: an import keeps the saved one.
      sensitivity: 'national',
    },
  ];

  /** The row of an indicator in the Indicators sheet. */
  const rowOf = (sheet: Worksheet, code: string) => {
    for (let row = 2; row <= sheet.rowCount; row++)
      if (sheet.getCell(`A${row}`).value === code) return row;
    throw new Error(`no row for ${code}`);
  };
  const indicators = (workbook: Workbook) => workbook.getWorksheet('Indicators')!;
  const upload = async (workbook: Workbook) =>
    uploadAndPreview(api, mexico.token, await workbookBytes(workbook), 'MEX-2025.xlsx');

  beforeAll(async () => {
    api = await startTestApp();
    worker = await startTestWorker(api.config);
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    mexico = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    await api.http.put(values).set(bearer(mexico.token)).send({ values: saved }).expect(201);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('lays the values out by sex × age with the version, and round-trips an edit cell by cell', async () => {
    const workbook = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    const sheet = indicators(workbook);
    expect(sheet.getCell('Q1').value).toBe('MEX');
    expect(sheet.getCell('Q3').value).toBe(1);
    expect(sheet.getColumn('Q').hidden).toBe(true);
    const convicted = rowOf(sheet, 'SOM_PERSONS_CONVICTED');
    const identified = rowOf(sheet, 'MIG_SMUGGLED_IDENTIFIED');
    const investigated = rowOf(sheet, 'SOM_CASES_INVESTIGATED');
    expect(sheet.getCell(`C${convicted}`).value).toBe(10);
    expect(sheet.getCell(`M${convicted}`).value).toBe(4); // female, all ages
    expect(sheet.getCell(`D${convicted}`).value).toBeNull(); // not disaggregated by age
    expect(sheet.getCell(`H${identified}`).value).toBe(5); // male adult
    expect(sheet.getCell(`C${investigated}`).dataValidation).toMatchObject({ type: 'whole' });
    const readMe = workbook.getWorksheet('Read me')!;
    expect(readMe.getRow(16).values).toEqual([undefined, 'Indicators', 'draft', 1]);

    sheet.getCell(`M${convicted}`).value = 5;
    sheet.getCell(`N${convicted}`).value = 5;
    sheet.getCell(`C${investigated}`).value = 7;
    const imported = await upload(workbook);
    expect(imported.preview.errors).toEqual([]);
    expect(imported.preview.counts).toEqual({ created: 0, changed: 1, unchanged: 0, refused: 0 });
    expect(imported.preview.records).toEqual([
      expect.objectContaining({
        kind: 'indicator_values',
        country: 'MEX',
        period: '2025',
        action: null,
        outcome: 'changed',
        downloadedVersion: 1,
        changes: [
          { field: 'SOM_PERSONS_CONVICTED.female', before: 4, after: 5 },
          { field: 'SOM_PERSONS_CONVICTED.male', before: 6, after: 5 },
          { field: 'SOM_CASES_INVESTIGATED.total', before: null, after: 7 },
        ],
      }),
    ]);
    const applied = await api.http
      .post(`/api/v1/imports/${imported.id}/apply`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(applied.body.result).toEqual({
      written: [
        { kind: 'indicator_values', country: 'MEX', period: '2025', action: null, version: 2 },
      ],
      conflicts: [],
    });
    const after = await api.http.get(values).set(bearer(mexico.token)).expect(200);
    expect(after.body).toMatchObject({ state: 'draft', version: 2 });
    expect(after.body.values).toEqual(
      expect.arrayContaining([
        { indicator: 'SOM_CASES_INVESTIGATED', total: 7, sensitivity: 'public' },
        {
          indicator: 'SOM_PERSONS_CONVICTED',
          total: 10,
          bySex: { female: 5, male: 5, unknown: 0 },
          sensitivity: 'public',
        },
        saved[1],
      ]),
    );
    const history = await api.http.get(`${values}/history`).set(bearer(mexico.token)).expect(200);
    expect(history.body).toHaveLength(2);
    expect(history.body[1]).toMatchObject({ actor: { email: mexico.email } });
  });

  it('refuses a blank part taken for 0, a count that is not one and parts that do not add up, at their cells', async () => {
    const workbook = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    const sheet = indicators(workbook);
    const convicted = rowOf(sheet, 'SOM_PERSONS_CONVICTED');
    const identified = rowOf(sheet, 'MIG_SMUGGLED_IDENTIFIED');
    const investigated = rowOf(sheet, 'SOM_CASES_INVESTIGATED');
    sheet.getCell(`E${identified}`).value = null; // female adult left blank
    sheet.getCell(`C${investigated}`).value = -2;
    sheet.getCell(`C${convicted}`).value = 11; // parts add up to 10
    const imported = await upload(workbook);
    const [record] = imported.preview.records;
    expect(record).toMatchObject({ kind: 'indicator_values', outcome: 'refused', conflict: false });
    expect(record.errors).toEqual([
      {
        ref: `'Indicators'!C${investigated}`,
        message:
          'SOM_CASES_INVESTIGATED total must be a whole number from 0 to 1000000000 (found "-2")',
      },
      {
        ref: `'Indicators'!E${identified}`,
        message:
          'MIG_SMUGGLED_IDENTIFIED: female / adult blank while other parts are given; a blank is no data, never 0: fill every part or none',
      },
      {
        ref: `'Indicators'!C${convicted}`,
        message: 'total 11 must equal the sum of bySex (10)',
      },
    ]);
    const unchanged = await api.http.get(values).set(bearer(mexico.token)).expect(200);
    expect(unchanged.body.version).toBe(2);
  });

  it('refuses values saved online since the download as a conflict, even at apply', async () => {
    const stale = await downloadWorkbook(api, mexico.token, 'MEX', '2025');
    const sheet = indicators(stale);
    sheet.getCell(`C${rowOf(sheet, 'SOM_MLA_REQUESTS')}`).value = 3;
    const previewed = await upload(stale);
    expect(previewed.preview.records[0]).toMatchObject({ outcome: 'changed' });

    const current = await api.http.get(values).set(bearer(mexico.token)).expect(200);
    await api.http
      .put(values)
      .set(bearer(mexico.token))
      .set('If-Match', current.headers.etag as string)
      .send({ values: saved })
      .expect(200);
    const applied = await api.http
      .post(`/api/v1/imports/${previewed.id}/apply`)
      .set(bearer(mexico.token))
      .expect(200);
    expect(applied.body.result.written).toEqual([]);
    expect(applied.body.result.conflicts).toEqual([
      expect.objectContaining({ kind: 'indicator_values', country: 'MEX', action: null }),
    ]);
    const again = await upload(stale);
    expect(again.preview.records[0]).toMatchObject({
      outcome: 'refused',
      conflict: true,
      downloadedVersion: 2,
      currentVersion: 3,
    });
    const kept = await api.http.get(values).set(bearer(mexico.token)).expect(200);
    expect(kept.body).toMatchObject({ version: 3, values: saved });
  });
});
