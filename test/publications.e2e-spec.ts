import { canonicalJson } from '@app/publications';
import { SummariesService } from '@app/summaries';
import ExcelJS from 'exceljs';
import { createHash, randomBytes } from 'node:crypto';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { startTestApp, TestApp } from './helpers/test-app';

// Seeded into every internal field; no public answer or file may ever contain it.
const MARKER = `zq${randomBytes(6).toString('hex')}`;

describe('Publications and the public API', () => {
  let api: TestApp;
  let admin: string;
  let coordinator: Account;
  const bodies: Array<{ where: string; text: string }> = [];

  async function report(iso3: string, action: string, body: object) {
    const path = `/api/v1/reports/${iso3}/2025/${action}`;
    await api.http.put(path).set(bearer(admin)).send(body).expect(201);
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    await api.http
      .post(`${path}/return`)
      .set(bearer(admin))
      .send({ comment: `Comment ${MARKER}` })
      .expect(200);
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
  }

  const recompute = () => api.app.get(SummariesService).recompute('RCM', '2025');
  const publish = (token: string, note = `published`) =>
    api.http
      .post('/api/v1/publications')
      .set(bearer(token))
      .send({ process: 'RCM', period: '2025', note });
  /** A public GET, without a token, remembered for the marker search. */
  async function publicGet(path: string, status = 200) {
    const res = await api.http.get(path).buffer(true).expect(status);
    const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
    bodies.push({ where: path, text });
    return res;
  }

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const email = `coordinator.${MARKER}@test.example`;
    const password = `pw-${randomBytes(9).toString('hex')}`;
    await api.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: `Name ${MARKER}`, password, role: 'coordinator', processes: ['RCM'] })
      .expect(201);
    coordinator = { id: '', email, password, token: await signIn(api, email, password) };
    await report('MEX', 'a', {
      status: 'implemented',
      narrative: `Narrative ${MARKER}`,
      checklist: [{ item: 'a1', answer: 'yes', note: `Note ${MARKER}` }],
      evidence: [{ kind: 'legislation', title: `Evidence ${MARKER}` }],
    });
    const path = '/api/v1/indicator-values/MEX/2025';
    await api.http
      .put(path)
      .set(bearer(admin))
      .send({
        values: [
          {
            indicator: 'MIG_SMUGGLED_IDENTIFIED',
            total: 30,
            bySexAge: {
              female: { child: 3, adult: 7, unknown: 0 },
              male: { child: 5, adult: 15, unknown: 0 },
              unknown: { child: 0, adult: 0, unknown: 0 },
            },
          },
        ],
      })
      .expect(201);
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
    await recompute();
  });
  afterAll(async () => {
    await api?.close();
  });

  let v1: { id: string; contentHash: string; version: number; url: string };

  it('lets no focal point, nor a coordinator of another process, publish', async () => {
    const focal = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    await publish(focal.token).expect(403);
    const other = await createAccount(api, admin, 'coordinator', { processes: ['SACM'] });
    await publish(other.token).expect(403);
    await api.http
      .post('/api/v1/publications')
      .send({ process: 'RCM', period: '2025', note: '' })
      .expect(401);
  });

  it('publishes version 1 with a hash, a stable URL and suppressed small counts', async () => {
    const res = await publish(coordinator.token, 'First release').expect(201);
    v1 = res.body;
    expect(res.body).toMatchObject({
      process: 'RCM',
      period: '2025',
      version: 1,
      status: 'published',
    });
    expect(res.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.url).toMatch(new RegExp(`/public/publications/${res.body.id}$`));
    const { body } = await publicGet(`/api/v1/public/publications/${v1.id}`);
    const identified = body.summary.indicators.find(
      (i: { code: string }) => i.code === 'MIG_SMUGGLED_IDENTIFIED',
    );
    expect(identified.total).toBe(30);
    expect(identified.bySexAge.female).toEqual({ child: null, adult: null, unknown: 0 });
    expect(identified.bySexAge.male).toEqual({ child: null, adult: null, unknown: 0 });
    expect(identified.suppressed).toEqual([
      'bySexAge.female.adult',
      'bySexAge.female.child',
      'bySexAge.male.adult',
      'bySexAge.male.child',
    ]);
    expect(body.summary).not.toHaveProperty('notValidated');
    expect(body.summary).not.toHaveProperty('treatyMismatches');
    expect(body.citation.bibtex).toContain(v1.contentHash);
    expect(body.citation.cslJson).toMatchObject({ type: 'dataset', version: '1', URL: v1.url });
    expect(body.licence.name).toBe('CC BY 4.0');
  });

  it('keeps version 1 as published after more validations, and publishes version 2 with its changes', async () => {
    await report('GTM', 'd', { status: 'in_progress', narrative: `Narrative ${MARKER}` });
    await recompute();
    const again = await publicGet(`/api/v1/public/publications/${v1.id}`);
    expect(again.body.publication.contentHash).toBe(v1.contentHash);
    expect(again.body.summary.validatedReports).toBe(1);
    const v2 = (await publish(admin, 'Adds Guatemala').expect(201)).body;
    expect(v2.version).toBe(2);
    expect(v2.contentHash).not.toBe(v1.contentHash);
    const changes = (await publicGet(`/api/v1/public/publications/${v2.id}/changes`)).body;
    expect(changes.comparedWith).toBe(1);
    expect(changes.changes).toContainEqual({ path: 'validatedReports', before: 1, after: 2 });
  });

  it("freezes each member's implementation level, null without a validated report, under the hash", async () => {
    const v2 = (await publicGet('/api/v1/public/publications?process=RCM')).body.find(
      (p: { version: number }) => p.version === 2,
    );
    const { body } = await publicGet(`/api/v1/public/publications/${v2.id}`);
    const level = (iso3: string) =>
      body.memberLevels.find((l: { country: string }) => l.country === iso3);
    expect(level('MEX')).toEqual({
      country: 'MEX',
      meanScore: 4,
      meanScorePercent: 100,
      actionsReported: 1,
      actionsExpected: 6,
    });
    expect(level('GTM')).toMatchObject({ meanScore: 2, meanScorePercent: 50, actionsReported: 1 });
    expect(level('HND')).toEqual({
      country: 'HND',
      meanScore: null,
      meanScorePercent: null,
      actionsReported: 0,
      actionsExpected: 6,
    });
    expect(body.memberLevels).toHaveLength(11);
    expect(body.summary).not.toHaveProperty('memberLevels');
    const canonical = canonicalJson({ summary: body.summary, memberLevels: body.memberLevels });
    const hash = createHash('sha256').update(canonical, 'utf8').digest('hex');
    expect(body.publication.contentHash).toBe(hash);
    // Version 1 froze Mexico alone: Guatemala had no validated report then.
    const first = (await publicGet(`/api/v1/public/publications/${v1.id}`)).body;
    expect(
      first.memberLevels.find((l: { country: string }) => l.country === 'GTM').meanScore,
    ).toBeNull();
  });

  it('answers public routes without a token, with Cache-Control, ETag and 304', async () => {
    for (const path of [
      '/api/v1/public/processes',
      '/api/v1/public/publications?process=RCM',
      `/api/v1/public/publications/${v1.id}`,
      '/api/v1/public/countries/MEX',
    ]) {
      const res = await publicGet(path);
      expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+/);
      expect(res.headers.etag).toMatch(/^"[^"]+"$/);
      await api.http.get(path).set('If-None-Match', res.headers.etag).expect(304);
    }
    const profile = (await publicGet('/api/v1/public/countries/MEX')).body;
    expect(profile.reports).toEqual([
      expect.objectContaining({ period: '2025', action: 'a', status: 'implemented' }),
    ]);
    expect(profile.country.treaties.length).toBeGreaterThan(0);
  });

  it('serves open data: tidy CSV, JSON, XLSX with a data dictionary, SDMX-CSV with OBS_STATUS', async () => {
    const base = `/api/v1/public/publications/${v1.id}/files`;
    const csv = (await publicGet(`${base}/csv`)).text;
    expect(csv.split('\r\n')[0]).toBe(
      'section,process,period,country,action,area,indicator,item,sex,age,measure,value,unit,status',
    );
    expect(csv).toContain(
      'indicators,RCM,2025,,,,MIG_SMUGGLED_IDENTIFIED,,female,child,total,,count,suppressed',
    );
    expect(csv).toContain('indicators,RCM,2025,,,,MIG_SMUGGLED_IDENTIFIED,,,,total,30,count,');
    expect(csv).toContain('memberLevels,RCM,2025,MEX,,,,,,,meanScorePercent,100,percent,');
    expect(csv).toContain('memberLevels,RCM,2025,HND,,,,,,,meanScore,,score 0-4,');
    const sdmx = (await publicGet(`${base}/sdmx`)).text;
    expect(sdmx.split('\r\n')[0]).toBe(
      'DATAFLOW,REF_AREA,TIME_PERIOD,INDICATOR,SEX,AGE,OBS_VALUE,OBS_STATUS',
    );
    expect(sdmx).toContain(',RCM,2025,MIG_SMUGGLED_IDENTIFIED,F,Y_LT18,,Q');
    expect(sdmx).toContain(',RCM,2025,MIG_SMUGGLED_IDENTIFIED,_T,_T,30,A');
    await publicGet(`${base}/json`);
    const xlsx = await api.http
      .get(`${base}/xlsx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Read me', 'Data', 'Data dictionary']);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
    bodies.push({ where: `${base}/xlsx`, text: cells.join('\n') });
  });

  it('withdraws a version: listed as withdrawn, its content and files gone', async () => {
    await api.http
      .post(`/api/v1/publications/${v1.id}/withdraw`)
      .set(bearer(coordinator.token))
      .send({ reason: 'Superseded by a correction' })
      .expect(200);
    await api.http
      .post(`/api/v1/publications/${v1.id}/withdraw`)
      .set(bearer(coordinator.token))
      .send({ reason: 'again' })
      .expect(409);
    const list = (await publicGet('/api/v1/public/publications?process=RCM')).body;
    expect(list.find((p: { id: string }) => p.id === v1.id)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Superseded by a correction',
      files: null,
    });
    await publicGet(`/api/v1/public/publications/${v1.id}`, 410);
    await publicGet(`/api/v1/public/publications/${v1.id}/files/csv`, 410);
  });

  it('audits publishing and withdrawing', async () => {
    const events = (
      await api.http.get('/api/v1/audit?entityType=publication').set(bearer(admin)).expect(200)
    ).body.items.map((e: { action: string; entityId: string }) => `${e.action} ${e.entityId}`);
    expect(events).toEqual(
      expect.arrayContaining([`publication.published ${v1.id}`, `publication.withdrawn ${v1.id}`]),
    );
  });

  it('never lets a narrative, a note, a comment, an email or a name into anything public', async () => {
    // The marker is there to find: a signed-in reader of the report sees it.
    const internal = await api.http
      .get('/api/v1/reports/MEX/2025/a')
      .set(bearer(admin))
      .expect(200);
    expect(internal.text).toContain(MARKER);
    expect(bodies.length).toBeGreaterThan(10);
    for (const { where, text } of bodies)
      expect({ where, leaked: text.includes(MARKER) }).toEqual({ where, leaked: false });
  });
});
