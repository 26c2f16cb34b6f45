import { seedReferenceData } from '@app/reference';
import type { INestApplicationContext } from '@nestjs/common';
import { Workbook } from 'exceljs';
import type { DataSource } from 'typeorm';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { eventually } from './helpers/eventually';
import { startTestApp, TestApp } from './helpers/test-app';
import { startTestWorker } from './helpers/test-worker';
import {
  UNTC_HEADER,
  untcCsv,
  untcTable2014,
  untcTableLater,
  UntcLine,
} from './helpers/untc-fixture';

describe('Treaty status import from the UN Treaty Collection (administrators)', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let admin: string;
  let analyst: Account;

  const imports = '/api/v1/treaties/SOM/imports';
  const upload = (body: Buffer, readOn?: string, name = 'XVIII-12-b.csv', token = admin) => {
    const req = api.http.post(imports).set(bearer(token));
    if (readOn !== undefined) req.field('readOn', readOn);
    return req.attach('file', body, name);
  };
  const apply = (id: string) => api.http.post(`${imports}/${id}/apply`).set(bearer(admin));
  const completeAsOf = async () =>
    (await api.http.get('/api/v1/treaties').expect(200)).body.find(
      (t: { code: string }) => t.code === 'SOM',
    ).coverage.completeAsOf;
  const summary2014 = async () => {
    const res = await api.http.get('/api/v1/summaries/MIDSA/2014').set(bearer(admin));
    return res.status === 200 ? res.body : undefined;
  };
  const byOutcome = (
    body: { preview: { participants: Array<Record<string, string>> } },
    o: string,
  ) => body.preview.participants.filter((p) => p.outcome === o).map((p) => p.participant);

  beforeAll(async () => {
    api = await startTestApp();
    worker = await startTestWorker(api.config);
    ({ dataSource } = await openDatabase(api));
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    analyst = await createAccount(api, admin, 'analyst');
    await api.http.post('/api/v1/periods').set(bearer(admin)).send({ year: 2014 }).expect(201);
    await eventually(summary2014);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await worker?.close();
    await api?.close();
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const table = untcCsv(untcTable2014());
    await upload(table, '2014-07-10', 'XVIII-12-b.csv', analyst.token).expect(403);
    await upload(Buffer.from('%PDF-1.4'), '2014-07-10', 'table.pdf').expect(415);
    const unknown = await upload(
      untcCsv(untcTable2014(), [...UNTC_HEADER, 'Notes']),
      '2014-07-10',
    ).expect(400);
    expect(JSON.stringify(unknown.body.errors)).toContain('unknown column \\"Notes\\"');
    const badDate: UntcLine = {
      participant: 'Albania',
      signature: '12/12/2000',
      consent: '21 Aug 2002',
    };
    const dates = await upload(untcCsv([badDate]), '2014-07-10').expect(400);
    expect(dates.body.errors).toEqual([
      { field: 'line 2', messages: ['signature "12/12/2000" is not a date like "12 Dec 2000"'] },
    ]);
    const twice = untcCsv([
      { participant: 'Turkey', signature: '13 Dec 2000', consent: '25 Mar 2003' },
      { participant: 'Türkiye', signature: '13 Dec 2000', consent: '25 Mar 2003' },
    ]);
    const duplicate = await upload(twice, '2014-07-10').expect(400);
    expect(duplicate.body.errors).toEqual([
      { field: 'line 3', messages: ['Türkiye is TUR, as is line 2'] },
    ]);
    const future = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    for (const readOn of [future, '2014-07-09', '2021-02-31', 'yesterday', undefined]) {
      const res = await upload(table, readOn).expect(400);
      expect(res.body.errors[0].field).toBe('readOn');
    }
    expect(await completeAsOf()).toBe('2014-07-10');
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM treaty_import`);
    expect(n).toBe(0);
  });

  it('lists a row it cannot match, and will not apply a table with one', async () => {
    const lines = [
      ...untcTable2014(),
      { participant: 'Atlantis', signature: '', consent: '1 Jan 2010 a' },
    ];
    const res = await upload(untcCsv(lines), '2014-07-10').expect(202);
    expect(res.body.preview.counts.unmatched).toBe(1);
    expect(res.body.preview.participants).toContainEqual(
      expect.objectContaining({ name: 'Atlantis', participant: null, outcome: 'unmatched' }),
    );
    const refused = await apply(res.body.id).expect(409);
    expect(refused.body.detail).toContain('Atlantis');
    expect(await completeAsOf()).toBe('2014-07-10');
  });

  it('previews, applies once, moves completeAsOf and recomputes the summaries', async () => {
    // The 2014 table: Barbados, Korea and Japan were signatories then; the seed holds their later acts.
    const old = await upload(untcCsv(untcTable2014()), '2014-07-10').expect(202);
    expect(old.body.state).toBe('previewed');
    expect(old.body.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(byOutcome(old.body, 'changed').sort()).toEqual(['BRB', 'JPN', 'KOR']);
    expect(old.body.preview.counts.unmatched).toBe(0);
    expect(old.body.preview.participants).toContainEqual(
      expect.objectContaining({
        name: 'European Union',
        participant: 'European Union',
        iso3: null,
        consentKind: 'approval',
        untcActionCode: 'AA',
      }),
    );
    expect(old.body.preview.notInTable.map((p: { participant: string }) => p.participant)).toEqual(
      expect.arrayContaining(['AFG', 'AGO', 'FJI', 'SDN']),
    );
    await apply(old.body.id).expect(200);

    const later = await upload(
      untcCsv(untcTableLater()),
      '2017-09-20',
      'XVIII-12-b (2017).csv',
    ).expect(202);
    const { id } = later.body;
    expect(byOutcome(later.body, 'new_party').sort()).toEqual(['BRB', 'JPN', 'KOR']);
    expect(later.body.preview.participants).toContainEqual(
      expect.objectContaining({ name: 'Türkiye', participant: 'TUR', outcome: 'unchanged' }),
    );
    expect(later.body.preview.participants).toContainEqual(
      expect.objectContaining({
        name: 'Bolivia (Plurinational State of)',
        participant: 'BOL',
        status: 'signatory',
      }),
    );
    const seen = await api.http.get(`${imports}/${id}`).set(bearer(admin)).expect(200);
    expect(seen.body.preview).toEqual(later.body.preview);

    // Administrators only: not even a reader of everything may see or apply it.
    await api.http.get(`${imports}/${id}`).set(bearer(analyst.token)).expect(403);
    await api.http.post(`${imports}/${id}/apply`).set(bearer(analyst.token)).expect(403);
    await api.http.get(`/api/v1/treaties/UNTOC/imports/${id}`).set(bearer(admin)).expect(404);

    const first = await apply(id).expect(200);
    expect(first.body).toMatchObject({
      state: 'applied',
      result: {
        newParties: ['BRB', 'JPN', 'KOR'],
        completeAsOf: { before: '2014-07-10', after: '2017-09-20' },
      },
    });
    expect(first.body.result.periods).toContain('2014');
    const second = await apply(id).expect(200);
    expect(second.body).toEqual(first.body);
    const audit = await api.http
      .get(`/api/v1/audit?entityType=treaty&entityId=SOM`)
      .set(bearer(admin))
      .expect(200);
    expect(
      audit.body.items.filter((e: { action: string }) => e.action === 'treaty.status_imported'),
    ).toHaveLength(2);

    const status = await api.http.get('/api/v1/treaties/SOM/status?asOf=2017-09-20').expect(200);
    expect(status.body.coverage.completeAsOf).toBe('2017-09-20');
    const japan = status.body.parties.find((p: { iso3: string }) => p.iso3 === 'JPN');
    expect(japan).toMatchObject({
      consentDate: '2017-07-11',
      consentKind: 'acceptance',
      sources: [`UNTC-IMPORT-${id}`],
      statusAsOf: '2017-09-20',
    });
    expect(status.body.parties.map((p: { iso3: string }) => p.iso3)).toEqual(
      expect.arrayContaining(['BRB', 'KOR', 'FJI']),
    );

    // MIDSA's Comoros and Zimbabwe have no act on record: with the table complete to 2017, they
    // are known not to be parties at the end of 2014 (before, the count was a lower bound).
    const s = await eventually(async () => {
      const body = await summary2014();
      return body?.protocol.completeAsOf === '2017-09-20' ? body : undefined;
    });
    expect(s.protocol).toMatchObject({ parties: 14, partiesAtLeast: false, unknownMembers: [] });

    // A re-seed from the files keeps what the import brought.
    await seedReferenceData(dataSource, 'data/reference');
    expect(await completeAsOf()).toBe('2017-09-20');
    const [korea] = await dataSource.query(
      `SELECT consent_date::text AS "consentDate", source_ids AS sources FROM treaty_participation
        WHERE treaty_code = 'SOM' AND participant = 'KOR'`,
    );
    expect(korea).toEqual({ consentDate: '2015-11-05', sources: [`UNTC-IMPORT-${id}`] });
  });

  it('reads a CSV saved with a byte order mark and semicolons', async () => {
    const text = untcCsv(untcTableLater()).toString('utf8');
    const semicolons = text
      .split('\r\n')
      .map((line) => line.replace(/"([^"]*)"|,/g, (m, inner) => (inner !== undefined ? m : ';')))
      .join('\r\n');
    const body = Buffer.from(`\uFEFF${semicolons}`, 'utf8');
    const res = await upload(body, '2017-09-20').expect(202);
    expect(res.body.preview.counts).toMatchObject({ unmatched: 0, new_party: 0, changed: 0 });
    expect(res.body.preview.participants[0].name).toBe('Albania');
  });

  it('reads the same table saved as XLSX, with dates Excel turned into date cells', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('XVIII-12-b');
    sheet.addRow(['Protocol against the Smuggling of Migrants by Land, Sea and Air']);
    sheet.addRow(UNTC_HEADER);
    for (const line of untcTableLater())
      sheet.addRow([
        line.participant,
        line.signature ? new Date(`${line.signature} UTC`) : null,
        line.consent,
      ]);
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(body, '2017-09-20', 'XVIII-12-b.xlsx').expect(202);
    expect(res.body.fileType).toBe('xlsx');
    expect(res.body.preview.counts).toMatchObject({ unmatched: 0, new_party: 0, changed: 0 });
  });
});
