import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { INestApplicationContext } from '@nestjs/common';
import type { Response } from 'supertest';
import { pdfLayout, PdfPage } from '../libs/summaries/src/export/testing/pdf-layout';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { eventually } from './helpers/eventually';
import { startTestApp, TestApp } from './helpers/test-app';
import { startTestWorker } from './helpers/test-worker';

interface Figure {
  code: string | number;
  total?: number | null;
  scorePercent?: number | null;
  change: number | null;
  comparableMembers: number;
  name?: string;
}

/** The texts on the line where `label` starts (a long label wraps), left to right. */
function lineOf(pages: PdfPage[], label: string): string[] {
  for (const page of pages) {
    const start = page.items.find((item) => label.startsWith(item.text) && item.text.length > 8);
    if (start)
      return page.items
        .filter((item) => Math.abs(item.top - start.top) < 1)
        .sort((a, b) => a.x - b.x)
        .map((item) => item.text);
  }
  throw new Error(`"${label}" is not in the PDF`);
}

describe('Summary documents say what the JSON says', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let admin: string;
  let json: {
    indicators: Figure[];
    areas: Figure[];
    members: number;
    protocol: Record<string, unknown>;
  };

  const file = (query: string): Promise<Response> =>
    api.http
      .get(`/api/v1/summaries/RCM/2025?${query}`)
      .set(bearer(admin))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

  async function validated(iso3: string, period: string, action: string, status: string) {
    const path = `/api/v1/reports/${iso3}/${period}/${action}`;
    await api.http.put(path).set(bearer(admin)).send({ status }).expect(201);
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
  }

  async function convicted(iso3: string, period: string, value: object) {
    const path = `/api/v1/indicator-values/${iso3}/${period}`;
    const values = [{ indicator: 'SOM_PERSONS_CONVICTED', ...value }];
    await api.http.put(path).set(bearer(admin)).send({ values }).expect(201);
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
  }

  beforeAll(async () => {
    api = await startTestApp({ OUTBOX_POLL_MS: '100' });
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    // Belize without a treaty record: past the data's complete date its standing is unknown.
    const { dataSource } = await openDatabase(api);
    await dataSource.query(`DELETE FROM treaty_participation WHERE country_iso3 = 'BLZ'`);
    // Mexico reports in both periods, Costa Rica in 2024 only, Guatemala in 2025 only; nobody
    // reports public campaigns.
    await validated('MEX', '2024', 'a', 'implemented');
    await validated('MEX', '2025', 'a', 'partially_implemented');
    await validated('GTM', '2025', 'a', 'planned');
    await convicted('MEX', '2024', { total: 12 });
    await convicted('CRI', '2024', { total: 4 });
    await convicted('MEX', '2025', { total: 10, bySex: { female: 2, male: 8, unknown: 0 } });
    await convicted('GTM', '2025', { total: 5 });
    worker = await startTestWorker(api.config);
    json = await eventually(async () => {
      const res = await api.http.get('/api/v1/summaries/RCM/2025').set(bearer(admin));
      const ok = res.status === 200 && res.body.validatedReports === 2;
      const convictedFigure = res.body.indicators?.find(
        (i: Figure) => i.code === 'SOM_PERSONS_CONVICTED',
      );
      return ok && convictedFigure?.previousTotal === 16 ? res.body : undefined;
    });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  const indicator = (code: string) => json.indicators.find((i) => i.code === code)!;
  const area = (code: number) => json.areas.find((a) => a.code === code)!;

  it('computes the figures like for like, with no data as null', () => {
    expect(indicator('SOM_PERSONS_CONVICTED')).toMatchObject({
      total: 15,
      change: -2,
      comparableMembers: 1,
    });
    expect(indicator('PUBLIC_CAMPAIGNS')).toMatchObject({
      total: null,
      change: null,
      comparableMembers: 0,
    });
    expect(area(2)).toMatchObject({ change: -1, comparableMembers: 1 });
    expect(json.protocol).toMatchObject({
      parties: 10,
      partiesAtLeast: true,
      unknownMembers: ['BLZ'],
    });
  });

  it('writes the same figures in the CSV, one row per observation, null as empty', async () => {
    const rows: Array<Record<string, string>> = parse((await file('format=csv')).body.toString(), {
      columns: true,
      bom: true,
    });
    const value = (keys: Record<string, string>) =>
      rows
        .filter((row) => Object.entries(keys).every(([k, v]) => row[k] === v))
        .map((r) => r.value);
    const cell = (figure: number | null) => (figure === null ? '' : String(figure));
    for (const i of json.indicators)
      for (const measure of ['total', 'change', 'comparableMembers'] as const)
        expect(value({ indicator: String(i.code), sex: '', age: '', measure })).toEqual([
          cell(i[measure] ?? null),
        ]);
    for (const a of json.areas)
      for (const measure of ['scorePercent', 'change', 'comparableMembers'] as const)
        expect(value({ area: String(a.code), measure })).toEqual([cell(a[measure] ?? null)]);
    expect(value({ section: 'protocol', country: 'BLZ' })).toEqual(['unknown']);
    expect(value({ measure: 'partiesAtLeast' })).toEqual(['yes']);
  });

  it('writes the CSV for a Spanish reader with a BOM, ; and a decimal comma, unless asked otherwise', async () => {
    const spanish = (await file('format=csv&lang=es')).body.toString();
    expect(spanish.startsWith('\uFEFFsection;')).toBe(true);
    const rows: Array<Record<string, string>> = parse(spanish, {
      columns: true,
      bom: true,
      delimiter: ';',
    });
    const english: Array<Record<string, string>> = parse(
      (await file('format=csv')).body.toString(),
      { columns: true, bom: true },
    );
    expect(rows.map((row) => row.value.replace(',', '.'))).toEqual(english.map((row) => row.value));
    const chosen = (await file('format=csv&lang=es&delimiter=comma')).body.toString();
    expect(chosen.startsWith('\uFEFFsection,')).toBe(true);
  });

  it('writes the same figures in the XLSX cells, null as an empty cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file('format=xlsx')).body);
    const sheetCells = (sheet: string, key: string | number, column: string) => {
      const ws = workbook.getWorksheet(sheet)!;
      const header = (ws.getRow(1).values as unknown[]).map(String);
      const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === key)!;
      return row.getCell(header.indexOf(column)).value;
    };
    for (const i of json.indicators)
      for (const column of ['total', 'change', 'comparableMembers'] as const)
        expect(sheetCells('Indicators', i.code, column)).toBe(i[column] ?? null);
    for (const a of json.areas)
      for (const column of ['scorePercent', 'change', 'comparableMembers'] as const)
        expect(sheetCells('Areas', a.code, column)).toBe(a[column] ?? null);
    expect(sheetCells('Protocol', 'unknown members', 'value')).toBe('BLZ');
  });

  it('says the same in the PDF: no data in words, the comparable members, at least N parties', async () => {
    const pdf = await file('format=pdf&lang=en');
    const pages = pdfLayout(pdf.body);
    const campaigns = lineOf(pages, indicator('PUBLIC_CAMPAIGNS').name!);
    expect(campaigns.slice(1)).toEqual(['0', 'no data', 'no data', 'no data', 'no data']);
    const convictedName = indicator('SOM_PERSONS_CONVICTED').name!;
    expect(lineOf(pages, convictedName).slice(1, 3)).toEqual(['2', '15']);
    const words = pages.flatMap((p) => p.items.map((i) => i.text)).join(' ');
    expect(words).toContain(`-2 (1 of ${json.members} members comparable)`);
    expect(words).toContain('at least 10 (data complete to 2014-07-10)');
    expect(lineOf(pages, 'Members whose standing the data cannot tell (unknown)')).toContain('BLZ');
  });

  it('writes the PDF in the language and on the paper asked for', async () => {
    const pages = pdfLayout((await file('format=pdf&lang=es&paper=letter')).body);
    expect(Math.round(pages[0].width)).toBe(612);
    const words = pages.flatMap((p) => p.items.map((i) => i.text)).join(' ');
    expect(words).toContain('al menos 10 (datos completos al 2014-07-10)');
    expect(words).toContain('sin datos');
  });
});
