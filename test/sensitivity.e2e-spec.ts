import { DigestsService } from '@app/notifications';
import { SummariesService } from '@app/summaries';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { eventually } from './helpers/eventually';
import { SmtpSink, startSmtpSink } from './helpers/smtp-sink';
import { startTestApp, TestApp } from './helpers/test-app';

// Seeded into every regional and national field; no public answer, file or email may contain it.
const MARKER = `zs${randomBytes(6).toString('hex')}`;
const REGIONAL = `${MARKER}r`;
const NATIONAL = `${MARKER}n`;
// A national indicator total: a count no public figure may carry, alone or summed.
const NATIONAL_COUNT = 7_331_913;

const REPORT = '/api/v1/reports/MEX/2025/d';
const VALUES = '/api/v1/indicator-values/MEX/2025';

describe('Sensitivity: one policy for the API, exports, digests and the portal', () => {
  let api: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let focalPoint: Account;
  let coordinator: Account;
  let analyst: Account;
  let publicationId: string;
  const searched: Array<{ where: string; text: string }> = [];

  const remember = (where: string, text: string) => searched.push({ where, text });

  async function publicGet(path: string) {
    const res = await api.http.get(path).buffer(true);
    const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
    remember(path, text);
    return res;
  }

  async function validate(path: string) {
    await api.http.post(`${path}/submit`).set(bearer(focalPoint.token)).expect(200);
    await api.http.post(`${path}/validate`).set(bearer(coordinator.token)).expect(200);
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await startTestApp({ SMTP_URL: sink.url });
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    focalPoint = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    coordinator = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
    analyst = await createAccount(api, admin, 'analyst');

    await api.http
      .put(REPORT)
      .set(bearer(focalPoint.token))
      .send({
        status: 'partially_implemented',
        narrative: `National narrative ${NATIONAL}`,
        sensitivity: 'national',
        checklist: [{ item: 'd1', answer: 'yes', note: `National note ${NATIONAL}` }],
        evidence: [
          { kind: 'legislation', title: 'Ley de Migración', sensitivity: 'public' },
          {
            kind: 'report',
            title: `Regional memo ${REGIONAL}`,
            url: `https://example.org/${REGIONAL}/memo`,
            sensitivity: 'regional',
          },
          { kind: 'other', title: `National cable ${NATIONAL}`, sensitivity: 'national' },
        ],
      })
      .expect(201);
    await validate(REPORT);
    // A regional narrative (the default level) on another action.
    await api.http
      .put('/api/v1/reports/MEX/2025/a')
      .set(bearer(focalPoint.token))
      .send({
        status: 'implemented',
        narrative: `Regional narrative ${REGIONAL}`,
        checklist: [{ item: 'a3', answer: 'partial', note: `Regional note ${REGIONAL}` }],
      })
      .expect(201);
    await validate('/api/v1/reports/MEX/2025/a');
    await api.http
      .put(VALUES)
      .set(bearer(focalPoint.token))
      .send({
        values: [
          { indicator: 'SOM_CASES_INVESTIGATED', total: 41 },
          { indicator: 'PUBLIC_CAMPAIGNS', total: NATIONAL_COUNT, sensitivity: 'national' },
        ],
      })
      .expect(201);
    await validate(VALUES);
    await api.app.get(SummariesService).recompute('RCM', '2025');
    const published = await api.http
      .post('/api/v1/publications')
      .set(bearer(coordinator.token))
      .send({ process: 'RCM', period: '2025', note: 'Sensitivity check' })
      .expect(201);
    publicationId = published.body.id;
  });

  afterAll(async () => {
    await api?.close();
    await sink?.close();
  });

  it('keeps the levels the focal point chose, and audits them with the content', async () => {
    const { body } = await api.http.get(REPORT).set(bearer(focalPoint.token)).expect(200);
    expect(body.sensitivity).toBe('national');
    expect(body.narrative).toContain(NATIONAL);
    expect(body.evidence.map((e: { sensitivity: string }) => e.sensitivity)).toEqual([
      'public',
      'regional',
      'national',
    ]);
    expect(body.withheld).toEqual([]);
    const history = await api.http.get(`${REPORT}/history`).set(bearer(admin)).expect(200);
    const created = history.body.find((e: { action: string }) => e.action === 'report.created');
    expect(created.after.sensitivity).toBe('national');
  });

  it('refuses a level that does not exist, naming the field', async () => {
    const res = await api.http
      .put('/api/v1/reports/MEX/2025/b')
      .set(bearer(focalPoint.token))
      .send({
        status: 'planned',
        sensitivity: 'secret',
        evidence: [{ kind: 'report', title: 'x', sensitivity: 'open' }],
      })
      .expect(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['evidence[0].sensitivity', 'sensitivity']);
  });

  it('shows an entitled coordinator the regional fields, but not the national ones', async () => {
    const national = await api.http.get(REPORT).set(bearer(coordinator.token)).expect(200);
    expect(national.body.narrative).toBe('');
    expect(national.body.checklist[0].note).toBeNull();
    expect(national.body.evidence.map((e: { title: string }) => e.title)).toEqual([
      'Ley de Migración',
      `Regional memo ${REGIONAL}`,
    ]);
    expect(national.body.withheld).toEqual(['narrative', 'checklist.d1.note', 'evidence[2]']);
    const regional = await api.http
      .get('/api/v1/reports/MEX/2025/a')
      .set(bearer(coordinator.token))
      .expect(200);
    expect(regional.body.narrative).toBe(`Regional narrative ${REGIONAL}`);
    expect(regional.body.checklist).toContainEqual({
      item: 'a3',
      answer: 'partial',
      note: `Regional note ${REGIONAL}`,
    });
    const values = await api.http.get(VALUES).set(bearer(coordinator.token)).expect(200);
    expect(values.body.values.map((v: { indicator: string }) => v.indicator)).toEqual([
      'SOM_CASES_INVESTIGATED',
    ]);
    expect(values.body.withheld).toEqual(['values.PUBLIC_CAMPAIGNS']);
  });

  it('lets a coordinator comment on an evidence item they may read, and not find a national one', async () => {
    const onItem = (title: string) =>
      api.http
        .post(`${REPORT}/comments`)
        .set(bearer(coordinator.token))
        .send({ part: { kind: 'evidence', key: title }, body: 'Which date?' });
    await onItem(`Regional memo ${REGIONAL}`).expect(201);
    const refused = await onItem(`National cable ${NATIONAL}`).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'part.key' })]);
  });

  it('withholds national fields from analysts in reads, history, changes and workbooks', async () => {
    const reads = [
      REPORT,
      `${REPORT}/history`,
      `${REPORT}/changes?since=1`,
      VALUES,
      `${VALUES}/history`,
    ];
    for (const path of reads) {
      const res = await api.http.get(path).set(bearer(analyst.token)).expect(200);
      const leaked = res.text.includes(NATIONAL) || res.text.includes(String(NATIONAL_COUNT));
      expect({ path, leaked }).toEqual({ path, leaked: false });
    }
    const workbook = await api.http
      .get('/api/v1/workbooks/MEX/2025')
      .set(bearer(analyst.token))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const cells = await workbookText(workbook.body as Buffer);
    expect(cells).toContain(`Regional narrative ${REGIONAL}`);
    expect(cells).not.toContain(NATIONAL);
    expect(cells).not.toContain(String(NATIONAL_COUNT));
  });

  it('lets no marker into any public route, open-data file, public page or digest', async () => {
    const document = (await api.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const publicPaths = Object.keys(document.paths).filter(
      (path) => path.startsWith('/api/v1/public/') && 'get' in document.paths[path],
    );
    expect(publicPaths.length).toBeGreaterThanOrEqual(6);
    const members = (await api.http.get('/api/v1/countries?process=RCM').expect(200)).body
      .items as Array<{ iso3: string }>;
    expect(members.map((member) => member.iso3)).toContain('MEX');
    for (const template of publicPaths) {
      const paths = expand(template, {
        id: [publicationId],
        iso3: members.map((member) => member.iso3),
        format: ['csv', 'json', 'xlsx', 'sdmx'],
      });
      for (const path of paths) {
        const query = path.endsWith('/publications') ? '?process=RCM' : '';
        const res = await publicGet(`${path}${query}`);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        if (path.endsWith('/files/xlsx'))
          remember(path, await workbookText(await rawBody(`${path}`)));
      }
    }
    for (const page of [
      '/public',
      '/public/processes/RCM',
      `/public/publications/${publicationId}`,
      '/public/countries/MEX',
    ])
      await publicGet(page);

    // The public profile shows what was made public, through the same policy.
    const profile = (await api.http.get('/api/v1/public/countries/MEX').expect(200)).body;
    const d = profile.reports.find((r: { action: string }) => r.action === 'd');
    expect(d.narrative).toBeNull();
    expect(d.evidence.map((e: { title: string }) => e.title)).toEqual(['Ley de Migración']);
    // The published summary counts the public value only.
    const published = (await api.http.get(`/api/v1/public/publications/${publicationId}`)).body;
    const campaigns = published.summary.indicators.find(
      (i: { code: string }) => i.code === 'PUBLIC_CAMPAIGNS',
    );
    expect(campaigns?.total ?? null).toBeNull();

    // A subscriber entitled to no field of Mexico's: a coordinator of another process.
    const subscriber = await createAccount(api, admin, 'coordinator', { processes: ['SACM'] });
    for (const process of ['RCM', 'SACM'])
      await api.http
        .post('/api/v1/me/subscriptions')
        .set(bearer(subscriber.token))
        .send({ process, frequency: 'weekly' })
        .expect(201);
    const outcome = await api.app
      .get(DigestsService)
      .send({ userId: subscriber.id, frequency: 'weekly', window: '2099-W01' });
    expect(outcome).not.toBe('nothing');
    const mail = await eventually(async () => sink.to(subscriber.email)[0]);
    remember('digest (text)', mail.text ?? '');
    remember('digest (html)', typeof mail.html === 'string' ? mail.html : '');
    for (const attachment of mail.attachments)
      remember(`digest ${attachment.filename}`, attachment.content.toString('latin1'));

    expect(searched.length).toBeGreaterThan(20);
    const leaks = searched
      .filter(({ text }) => text.includes(MARKER) || text.includes(String(NATIONAL_COUNT)))
      .map(({ where }) => where);
    expect(leaks).toEqual([]);
  });

  async function rawBody(path: string): Promise<Buffer> {
    const res = await api.http
      .get(path)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return res.body as Buffer;
  }
});

/** Every path a route template makes with the given values of its parameters. */
function expand(template: string, values: Record<string, string[]>): string[] {
  const name = /\{(\w+)\}/.exec(template)?.[1];
  if (!name) return [template];
  const options = values[name];
  if (!options) throw new Error(`No values for {${name}} in ${template}`);
  return options.flatMap((value) => expand(template.replace(`{${name}}`, value), values));
}

/** Every cell's text of a workbook, one per line. */
async function workbookText(buffer: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => cells.push(cell.text ?? String(cell.value ?? ''))),
    ),
  );
  return cells.join('\n');
}
