import { getQueueToken } from '@nestjs/bull';
import { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bull';
import { SUMMARIES_QUEUE } from '@app/queue';
import { CacheInvalidation } from '@app/redis';
import { SummariesService } from '@app/summaries';
import { SummaryCalculator } from '../libs/summaries/src/compute/summary-calculator';
import { OutboxRelay } from '../apps/worker/src/outbox.relay';
import { bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';
import { startPrivateRedis } from './helpers/redis-server';
import { startTestWorker } from './helpers/test-worker';
import { eventually } from './helpers/eventually';

const FAST_JOBS = { OUTBOX_POLL_MS: '100', JOB_BACKOFF_MS: '200', JOB_ATTEMPTS: '5' };

describe('Regional summaries', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let admin: string;

  /** Creates (and optionally submits and validates) a report as the admin. */
  async function report(
    iso3: string,
    period: string,
    action: string,
    body: object,
    until: 'draft' | 'submitted' | 'validated',
  ) {
    const path = `/api/v1/reports/${iso3}/${period}/${action}`;
    await api.http.put(path).set(bearer(admin)).send(body).expect(201);
    if (until === 'draft') return;
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    if (until === 'validated')
      await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
  }

  async function indicators(iso3: string, period: string, values: object[]) {
    const path = `/api/v1/indicator-values/${iso3}/${period}`;
    await api.http.put(path).set(bearer(admin)).send({ values }).expect(201);
    await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
    await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
  }

  const summary = async (process = 'RCM', period = '2025') =>
    (await api.http.get(`/api/v1/summaries/${process}/${period}`).set(bearer(admin)).expect(200))
      .body;

  beforeAll(async () => {
    api = await startTestApp(FAST_JOBS);
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    await report('MEX', '2025', 'a', { status: 'implemented' }, 'validated');
    await report(
      'MEX',
      '2025',
      'd',
      {
        status: 'partially_implemented',
        checklist: [
          { item: 'd5', answer: 'yes' },
          { item: 'd7', answer: 'partial' },
        ],
        evidence: [
          { kind: 'legislation', title: 'Ley de Migración' },
          { kind: 'case_law', title: 'Amparo 123/2024' },
        ],
      },
      'validated',
    );
    await report(
      'GTM',
      '2025',
      'd',
      {
        status: 'in_progress',
        checklist: [{ item: 'd5', answer: 'no' }],
        evidence: [{ kind: 'policy', title: 'Política migratoria' }],
      },
      'validated',
    );
    await report(
      'GTM',
      '2025',
      'a',
      { status: 'planned', checklist: [{ item: 'a1', answer: 'no' }] },
      'validated',
    );
    await report('HND', '2025', 'd', { status: 'not_applicable' }, 'validated');
    await report('CRI', '2025', 'c', { status: 'implemented' }, 'validated');
    await report('NIC', '2025', 'b', { status: 'planned' }, 'submitted');
    await report('PAN', '2025', 'e', { status: 'planned' }, 'draft');
    await report('ARG', '2025', 'd', { status: 'implemented' }, 'validated'); // an RCM observer: not counted
    await indicators('MEX', '2024', [{ indicator: 'SOM_PERSONS_CONVICTED', total: 12 }]);
    await indicators('MEX', '2025', [
      { indicator: 'SOM_PERSONS_CONVICTED', total: 10, bySex: { female: 2, male: 8, unknown: 0 } },
      {
        indicator: 'MIG_SMUGGLED_IDENTIFIED',
        total: 30,
        bySexAge: {
          female: { child: 3, adult: 7, unknown: 0 },
          male: { child: 5, adult: 15, unknown: 0 },
          unknown: { child: 0, adult: 0, unknown: 0 },
        },
      },
    ]);
    await indicators('GTM', '2025', [
      { indicator: 'SOM_PERSONS_CONVICTED', total: 5, bySex: { female: 1, male: 4, unknown: 0 } },
    ]);
    worker = await startTestWorker(api.config);
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('computes the RCM 2025 summary from validated data only, matching a hand-computed fixture', async () => {
    const s = await eventually(async () => {
      const res = await api.http.get('/api/v1/summaries/RCM/2025').set(bearer(admin));
      const convicted = res.body.indicators?.find(
        (i: { code: string }) => i.code === 'SOM_PERSONS_CONVICTED',
      );
      return res.status === 200 &&
        res.body.validatedReports === 6 &&
        convicted?.reportingMembers === 2
        ? res.body
        : undefined;
    });
    expect(s).toMatchObject({
      process: 'RCM',
      period: '2025',
      members: 11,
      membersReported: 4,
      expectedReports: 66,
      validatedReports: 6,
      completeness: 0.0909,
      timeliness: 0,
      notValidated: { submitted: 1, returned: 0, draft: 1 },
      notReported: ['BLZ', 'CAN', 'DOM', 'NIC', 'PAN', 'SLV', 'USA'],
    });
    const d = s.actions.find((a: { code: string }) => a.code === 'd');
    expect(d).toMatchObject({
      reports: 3,
      meanScore: 2.5,
      meanScorePercent: 62.5,
      statusCounts: {
        not_started: 0,
        planned: 0,
        in_progress: 1,
        partially_implemented: 1,
        implemented: 0,
        not_applicable: 1,
        not_reported: 8,
      },
    });
    expect(d.checklist.find((i: { item: string }) => i.item === 'd5')).toMatchObject({
      yes: 1,
      partial: 0,
      no: 1,
      unknown: 0,
      unanswered: 9,
      shareYes: 0.0909,
    });
    expect(s.actions.find((a: { code: string }) => a.code === 'a')).toMatchObject({
      reports: 2,
      meanScore: 2.5,
    });
    expect(s.areas).toEqual([
      expect.objectContaining({ code: 1, score: 4, measures: 1, evidence: 0, actions: ['b', 'c'] }),
      // HND's not_applicable report on (d) is no measure; no 2024 report: nothing to compare.
      expect.objectContaining({
        code: 2,
        score: 2.5,
        scorePercent: 62.5,
        measures: 4,
        evidence: 3,
        actions: ['a', 'd'],
        previousScore: null,
        change: null,
        comparableMembers: 0,
      }),
      // MEX (d) answers d7 (migrants not criminally liable), an item of area 3.
      expect.objectContaining({
        code: 3,
        score: 3,
        measures: 1,
        evidence: 2,
        actions: ['d', 'e'],
      }),
      expect.objectContaining({
        code: 4,
        score: 4,
        measures: 1,
        evidence: 0,
        actions: ['c', 'e', 'f'],
      }),
    ]);
    expect(
      s.indicators.find((i: { code: string }) => i.code === 'SOM_PERSONS_CONVICTED'),
    ).toMatchObject({
      reportingMembers: 2,
      total: 15,
      bySex: { female: 3, male: 12, unknown: 0 },
      notDisaggregated: 0,
      disaggregatedShare: 1,
      // Raw totals of both periods with their own members, and the change like for like:
      // MEX alone reported both years (12, then 10).
      previousTotal: 12,
      previousReportingMembers: 1,
      change: -2,
      comparableMembers: 1,
    });
    expect(
      s.indicators.find((i: { code: string }) => i.code === 'MIG_SMUGGLED_IDENTIFIED'),
    ).toMatchObject({
      total: 30,
      bySex: { female: 10, male: 20, unknown: 0 },
      byAge: { child: 8, adult: 22, unknown: 0 },
      bySexAge: {
        female: { child: 3, adult: 7, unknown: 0 },
        male: { child: 5, adult: 15, unknown: 0 },
      },
      previousTotal: null,
      previousReportingMembers: 0,
      change: null,
      comparableMembers: 0,
    });
    // Nobody reported cases investigated: no data, never 0.
    expect(
      s.indicators.find((i: { code: string }) => i.code === 'SOM_CASES_INVESTIGATED'),
    ).toMatchObject({ total: null, reportingMembers: 0, change: null });
    // Every RCM member is a party by the record: no member is unknown after the complete date.
    expect(s.protocol).toMatchObject({
      asOf: '2025-12-31',
      parties: 11,
      partiesAtLeast: false,
      unknownMembers: [],
      signatoriesNotParties: 0,
      previousParties: 11,
      change: 0,
      completeAsOf: '2014-07-10',
    });
    expect(s.treatyMismatches).toEqual([
      expect.objectContaining({ country: 'GTM', item: 'a1', answer: 'no' }),
    ]);
    expect(s.overdue).toHaveLength(11); // the 2025 reports were due on 2026-03-31
    expect(s.overdue.find((o: { country: string }) => o.country === 'MEX').missingActions).toEqual([
      'b',
      'c',
      'e',
      'f',
    ]);
    expect(new Date(s.generatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(s.newestChangeAt).getTime(),
    );
  });

  it('updates the summary within seconds of a coordinator validating a report', async () => {
    const coordinator = await createAccount(api, admin, 'coordinator', { processes: ['RCM'] });
    await api.http
      .post('/api/v1/reports/NIC/2025/b/validate')
      .set(bearer(coordinator.token))
      .expect(200);
    const s = await eventually(async () => {
      const body = await summary();
      return body.validatedReports === 7 ? body : undefined;
    });
    expect(s).toMatchObject({ membersReported: 5, notValidated: { submitted: 0 } });
    expect(s.notReported).not.toContain('NIC');
  });

  it('answers a repeated read with 304 until the summary is recomputed', async () => {
    const first = await api.http.get('/api/v1/summaries/RCM/2025').set(bearer(admin)).expect(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[0-9a-z]+"$/);
    await api.http
      .get('/api/v1/summaries/RCM/2025')
      .set(bearer(admin))
      .set('If-None-Match', etag)
      .expect(304);
    await worker.get(SummariesService).recompute('RCM', '2025');
    const after = await eventually(async () => {
      const res = await api.http
        .get('/api/v1/summaries/RCM/2025')
        .set(bearer(admin))
        .set('If-None-Match', etag);
      return res.status === 200 ? res : undefined;
    });
    expect(after.headers.etag).not.toBe(etag);
    expect(new Date(after.body.generatedAt).getTime()).toBeGreaterThan(
      new Date(first.body.generatedAt).getTime(),
    );
  });

  it('coalesces a burst of 500 changes into a handful of recomputes', async () => {
    const queue = worker.get<Queue>(getQueueToken(SUMMARIES_QUEUE));
    const { dataSource } = await openDatabase(api);
    try {
      const started = Date.now();
      const relayed = async () => {
        const [{ pending }] = await dataSource.query(
          `SELECT count(*)::int AS pending FROM outbox_message WHERE processed_at IS NULL`,
        );
        return pending === 0 ? true : undefined;
      };
      // 500 edits of Mexico's 2025 data in ten bursts, each arriving once the relay has taken
      // the one before: ten relay batches asking for the same recomputes.
      for (let burst = 0; burst < 10; burst += 1) {
        await dataSource.query(
          `INSERT INTO outbox_message (topic, payload)
           SELECT 'reporting.changed', jsonb_build_object('country', 'MEX', 'period', '2025') FROM generate_series(1, 50)`,
        );
        await eventually(relayed, 30000, 20);
      }
      const lastEdit = Date.now();
      const recomputes = (await queue.getJobs(['completed', 'waiting', 'active', 'delayed']))
        .filter((job) => job.id.toString().startsWith('recompute:') && job.timestamp >= started)
        .map((job) => String(job.id));
      // MEX counts in the RCM only; 2025 and, for "change from the previous period", 2026.
      const forPair = (pair: string) => recomputes.filter((id) => id.startsWith(pair));
      expect(forPair('recompute:RCM:2025:').length).toBeGreaterThanOrEqual(1);
      expect(forPair('recompute:RCM:2025:').length).toBeLessThanOrEqual(3);
      expect(forPair('recompute:RCM:2026:').length).toBeLessThanOrEqual(3);
      expect(recomputes.every((id) => /^recompute:RCM:202[56]:/.test(id))).toBe(true);
      // And the summary was computed after the last edit.
      await eventually(async () => {
        const body = await summary();
        return new Date(body.generatedAt).getTime() > lastEdit ? true : undefined;
      });
    } finally {
      await dataSource.destroy();
    }
  });

  it('refreshes only the progress of its own period after a draft, as a full recompute would count it', async () => {
    const queue = worker.get<Queue>(getQueueToken(SUMMARIES_QUEUE));
    const { dataSource } = await openDatabase(api);
    try {
      const relayed = async () => {
        const [{ pending }] = await dataSource.query(
          `SELECT count(*)::int AS pending FROM outbox_message
            WHERE processed_at IS NULL AND topic = 'reporting.changed'`,
        );
        return pending === 0 ? true : undefined;
      };
      await eventually(relayed, 30000, 20);
      const before = await summary();
      const fullComputes = jest.spyOn(worker.get(SummaryCalculator), 'compute');
      const started = Date.now();
      await report('GTM', '2025', 'f', { status: 'planned' }, 'draft');
      const [{ updatedAt }] = await dataSource.query(
        `SELECT updated_at AS "updatedAt" FROM report
          WHERE country_iso3 = 'GTM' AND period_code = '2025' AND action_code = 'f'`,
      );
      await eventually(relayed, 30000, 20);
      const jobs = (await queue.getJobs(['completed', 'waiting', 'active', 'delayed']))
        .filter((job) => job.timestamp >= started)
        .map((job) => String(job.id));
      // GTM counts in the RCM: its 2025 summary counts the draft (a refresh of its progress, no
      // recompute of figures a draft cannot move); 2026 compares with validated 2025 data only.
      expect(jobs.some((id) => id.startsWith('progress:RCM:2025:'))).toBe(true);
      expect(jobs.filter((id) => /^(recompute|progress):RCM:2026:/.test(id))).toEqual([]);
      expect(jobs.filter((id) => id.startsWith('recompute:RCM:'))).toEqual([]);

      const after = await eventually(async () => {
        const body = await summary();
        return body.newestChangeAt === new Date(updatedAt).toISOString() ? body : undefined;
      });
      expect(after.notValidated).toEqual({
        ...before.notValidated,
        draft: before.notValidated.draft + 1,
      });
      // Without computing the summary again: nothing else moved, and a full recompute finds
      // what the refresh stored, its newest change included.
      // (Jobs of other summaries, e.g. 2026's from the test before, may still run meanwhile.)
      const computedKeys = fullComputes.mock.calls.flatMap(([, keys]) => keys);
      expect(computedKeys).not.toContainEqual({ process: 'RCM', period: '2025' });
      fullComputes.mockRestore();
      const { generatedAt: _before, newestChangeAt: _was, notValidated: _n, ...figures } = before;
      const { generatedAt: _after, newestChangeAt: _is, notValidated: _m, ...refreshed } = after;
      expect(refreshed).toEqual(figures);
      const stamp = await worker.get(SummariesService).recompute('RCM', '2025');
      expect(stamp.changed).toBe(false);
      expect((await summary()).newestChangeAt).toBe(after.newestChangeAt);

      // Refreshed again with nothing new: nothing stored, so no process is told to read it again.
      const snapshotRow = () =>
        dataSource.query(
          `SELECT computed_at, newest_change_at, data FROM summary_snapshot
            WHERE process_code = 'RCM' AND period_code = '2025'`,
        );
      const invalidations = jest.spyOn(worker.get(CacheInvalidation), 'invalidate');
      const stored = await snapshotRow();
      expect((await worker.get(SummariesService).refreshProgress('RCM', '2025')).changed).toBe(
        false,
      );
      expect(await snapshotRow()).toEqual(stored);
      const told = invalidations.mock.calls.filter(([, ...keys]) => keys.includes('RCM/2025'));
      invalidations.mockRestore();
      expect(told).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('recomputes in full where a progress refresh could miss something', async () => {
    const summaries = worker.get(SummariesService);
    const { dataSource } = await openDatabase(api);
    const spoil = (change: string) =>
      dataSource.query(
        `UPDATE summary_snapshot SET ${change} WHERE process_code = 'RCM' AND period_code = '2025'`,
      );
    try {
      // A validated report changed after the summary was computed, its recompute not run yet
      // (the count of validated reports is the same): all is redone.
      const notApplicable = async () =>
        (await summary()).actions.find((a: { code: string }) => a.code === 'a').statusCounts
          .not_applicable as number;
      const before = await notApplicable();
      await dataSource.query(
        `UPDATE report SET status = 'not_applicable', updated_at = now()
          WHERE country_iso3 = 'MEX' AND period_code = '2025' AND action_code = 'a'`,
      );
      expect((await summaries.refreshProgress('RCM', '2025')).changed).toBe(true);
      expect(await notApplicable()).toBe(before + 1);
      expect((await summaries.recompute('RCM', '2025')).changed).toBe(false);

      // Validated counts that differ (a change the refresh was not meant for): all is redone.
      await spoil(
        `data = jsonb_set(jsonb_set(data, '{validatedReports}', '0'), '{actions}', '[]')`,
      );
      expect((await summaries.refreshProgress('RCM', '2025')).changed).toBe(true);
      expect((await summary()).actions).toHaveLength(6);
      expect((await summaries.recompute('RCM', '2025')).changed).toBe(false);

      // Stored on an earlier day: the overdue list depends on the date, so all is redone.
      await spoil(
        `computed_at = computed_at - interval '1 day', data = jsonb_set(data, '{overdue}', '[]')`,
      );
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
      expect((await summaries.refreshProgress('RCM', '2025', tomorrow)).changed).toBe(true);
      const refreshed = await summary();
      expect(refreshed.generatedAt).toBe(tomorrow.toISOString());
      expect(refreshed.overdue.length).toBeGreaterThan(0);
      expect((await summaries.recompute('RCM', '2025', tomorrow)).changed).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });

  it('recomputes the next period when a country changes data it is compared with', async () => {
    const path = '/api/v1/indicator-values/MEX/2024';
    const read = await api.http.get(path).set(bearer(admin)).expect(200);
    const reopened = await api.http
      .post(`${path}/reopen`)
      .set(bearer(admin))
      .set('If-Match', read.headers.etag)
      .send({ reason: 'Convictions were revised by the judiciary.' })
      .expect(200);
    const saved = await api.http
      .put(path)
      .set(bearer(admin))
      .set('If-Match', reopened.headers.etag)
      .send({ values: [{ indicator: 'SOM_PERSONS_CONVICTED', total: 14 }] })
      .expect(200);
    await api.http
      .post(`${path}/submit`)
      .set(bearer(admin))
      .set('If-Match', saved.headers.etag)
      .expect(200);
    await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
    const convicted = await eventually(async () => {
      const body = await summary('RCM', '2025');
      const row = body.indicators.find((i: { code: string }) => i.code === 'SOM_PERSONS_CONVICTED');
      return row.previousTotal === 14 ? row : undefined;
    });
    // Raw totals 15 (MEX and GTM) against 14 (MEX alone); like for like, MEX: 10 − 14 = −4.
    expect(convicted).toMatchObject({
      total: 15,
      previousTotal: 14,
      change: -4,
      comparableMembers: 1,
    });
  });

  it('retries a failed job with backoff and completes it once the cause is gone', async () => {
    const analyst = await createAccount(api, admin, 'analyst');
    await api.http
      .post('/api/v1/summaries/refresh')
      .set(bearer(analyst.token))
      .send({ period: '2031' })
      .expect(404);
    const queue = worker.get<Queue>(getQueueToken(SUMMARIES_QUEUE));
    // A recompute for a period that does not exist yet fails until an admin adds the period.
    const job = await queue.add('recompute', { process: 'RCM', period: '2031', reason: 'test' });
    await eventually(async () =>
      (await queue.getJob(job.id))!.attemptsMade >= 1 ? true : undefined,
    );
    const failing = await api.http
      .get(`/api/v1/jobs/${job.id}`)
      .set(bearer(analyst.token))
      .expect(200);
    expect(failing.body.failedReason).toMatch(/No regional process RCM or reporting period 2031/);
    await api.http.post('/api/v1/periods').set(bearer(admin)).send({ year: 2031 }).expect(201);
    const done = await eventually(async () => {
      const res = await api.http
        .get(`/api/v1/jobs/${job.id}`)
        .set(bearer(analyst.token))
        .expect(200);
      return res.body.state === 'completed' ? res.body : undefined;
    });
    expect(done.attemptsMade).toBeGreaterThanOrEqual(1); // Bull counts the failed attempts
    expect(done.result).toMatchObject({ process: 'RCM', period: '2031' });
  });

  it('queues an on-demand refresh (202 + job id) and reports its progress', async () => {
    const analyst = await createAccount(api, admin, 'analyst');
    const focal = await createAccount(api, admin, 'focal_point', { countries: ['MEX'] });
    await api.http.post('/api/v1/summaries/refresh').set(bearer(focal.token)).send({}).expect(403);
    const accepted = await api.http
      .post('/api/v1/summaries/refresh')
      .set(bearer(analyst.token))
      .send({ process: 'RCM' })
      .expect(202);
    const job = await eventually(async () => {
      const res = await api.http
        .get(`/api/v1/jobs/${accepted.body.jobId}`)
        .set(bearer(analyst.token))
        .expect(200);
      return res.body.state === 'completed' ? res.body : undefined;
    });
    expect(job).toMatchObject({ name: 'recompute-all', progress: 100, result: { summaries: 9 } });
    await api.http.get('/api/v1/jobs/does-not-exist').set(bearer(analyst.token)).expect(404);
  });

  it('turns a flood of refresh requests into one recompute, and limits them per user', async () => {
    const analyst = await createAccount(api, admin, 'analyst');
    // The worker takes no job meanwhile, so every request finds the first one still waiting.
    const queue = worker.get<Queue>(getQueueToken(SUMMARIES_QUEUE));
    await queue.pause(true);
    const flood = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.http.post('/api/v1/summaries/refresh').set(bearer(analyst.token)).send({}),
      ),
    );
    const accepted = flood.filter((res) => res.status === 202);
    const limited = flood.filter((res) => res.status === 429);
    expect({ accepted: accepted.length, limited: limited.length }).toEqual({
      accepted: 10,
      limited: 40,
    });
    for (const res of limited) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    const jobIds = new Set(accepted.map((res) => res.body.jobId));
    expect(jobIds.size).toBe(1);
    await queue.resume(true);
    const [jobId] = jobIds;
    // Under a loaded CI the recompute may wait behind others queued by earlier tests.
    let lastSeen: unknown;
    await eventually(async () => {
      const res = await api.http.get(`/api/v1/jobs/${jobId}`).set(bearer(analyst.token));
      lastSeen = res.body;
      return res.body.state === 'completed' ? true : undefined;
    }, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}; the job was last seen as ${JSON.stringify(lastSeen)}`);
    });
    // Once it has started, the next request queues a recompute of its own.
    const after = await api.http
      .post('/api/v1/summaries/refresh')
      .set(bearer(admin))
      .send({})
      .expect(202);
    expect(after.body.jobId).not.toBe(jobId);
  }, 120_000);

  it('lets full recomputes run side by side without losing a race', async () => {
    const summaries = api.app.get(SummariesService);
    const pairs = await summaries.pairs({ period: '2025' });
    const runs = await Promise.all([
      summaries.recomputeMany(pairs),
      summaries.recomputeMany(pairs),
      summaries.recomputeMany([...pairs].reverse()),
      summaries.recompute('RCM', '2025'),
    ]);
    expect(runs).toHaveLength(4);
    expect((await summary()).process).toBe('RCM');
  });

  it('serves a time series and a comparison of processes, to every signed-in role', async () => {
    const focal = await createAccount(api, admin, 'focal_point', { countries: ['GTM'] });
    const series = await api.http.get('/api/v1/summaries/RCM').set(bearer(focal.token)).expect(200);
    expect(series.body.periods.map((p: { period: string }) => p.period)).toEqual(
      expect.arrayContaining(['2024', '2025']),
    );
    const comparison = await api.http
      .get('/api/v1/summaries?period=2025')
      .set(bearer(focal.token))
      .expect(200);
    expect(comparison.body.processes[0]).toMatchObject({ process: 'RCM', members: 11 });
    expect(comparison.body.processes.map((p: { process: string }) => p.process)).toContain('SACM');
    // Processes the reference data lists without members are named, with the reason.
    expect(comparison.body.processesWithoutSummary).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          process: 'BALI',
          reason: expect.stringMatching(/no member list/),
        }),
        expect.objectContaining({
          process: 'BUDAPEST',
          reason: expect.stringMatching(/no member list/),
        }),
      ]),
    );
    await api.http.get('/api/v1/summaries/RCM/2025').expect(401);
    await api.http.get('/api/v1/summaries/NOPE/2025').set(bearer(focal.token)).expect(404);
    await api.http
      .get('/api/v1/summaries/RCM/2025?format=docx')
      .set(bearer(focal.token))
      .expect(400);
  });

  it('counts Protocol parties as of the period’s end from the treaty record, with the change', async () => {
    // Angola acceded on 2014-09-19 (UN Treaty Collection); the other MIDSA parties earlier.
    // Comoros and Zimbabwe have no binding act on record. Hand-counted from
    // data/reference/smuggling_protocol_status.csv and rcp_membership.csv.
    await api.http.post('/api/v1/periods').set(bearer(admin)).send({ year: 2014 }).expect(201);
    const s = await eventually(async () => {
      const res = await api.http.get('/api/v1/summaries/MIDSA/2014').set(bearer(admin));
      return res.status === 200 ? res.body : undefined;
    });
    expect(s.members).toBe(16);
    // The table is complete to 2014-07-10 only: Comoros and Zimbabwe, without a record, may have
    // joined by the end of 2014, so the count is a lower bound and no change is stated.
    expect(s.protocol).toMatchObject({
      asOf: '2014-12-31',
      parties: 14,
      partiesAtLeast: true,
      unknownMembers: ['COM', 'ZWE'],
      previousParties: 13,
      change: null,
      signatoriesNotParties: 0,
      partiesWithUnknownDate: [],
      completeAsOf: '2014-07-10',
    });
    expect(s.protocol.partyMembers).toContain('AGO');
    expect(s.protocol.partyMembers).not.toContain('COM');
    expect(s.protocol.partyMembers).not.toContain('ZWE');
    // Within what the table covers, the count is exact.
    await api.http.post('/api/v1/periods').set(bearer(admin)).send({ year: 2013 }).expect(201);
    const known = await eventually(async () => {
      const res = await api.http.get('/api/v1/summaries/MIDSA/2013').set(bearer(admin));
      return res.status === 200 ? res.body : undefined;
    });
    expect(known.protocol).toMatchObject({
      asOf: '2013-12-31',
      parties: 13,
      partiesAtLeast: false,
      unknownMembers: [],
    });
    expect(known.protocol.change).toEqual(expect.any(Number));
  });

  it('keeps the queue board for admins only', async () => {
    const analyst = await createAccount(api, admin, 'analyst');
    await api.http.get('/admin/queues').expect(401);
    await api.http.get('/admin/queues').set(bearer(analyst.token)).expect(403);
    const login = await api.http.get(`/admin/queues?access_token=${admin}`).expect(302);
    const cookie = login.headers['set-cookie'][0].split(';')[0];
    expect(login.headers['set-cookie'][0]).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await api.http.get('/admin/queues').set('cookie', cookie).expect(200);
    expect(page.text).toMatch(/bull/i);
    // Or, with no token in any URL: post the bearer, get the cookie.
    await api.http.post('/admin/queues/session').set(bearer(analyst.token)).expect(403);
    const session = await api.http.post('/admin/queues/session').set(bearer(admin)).expect(204);
    expect(session.headers['set-cookie'][0]).toMatch(
      /^gcm9_queue_board=.+; Path=\/admin\/queues; HttpOnly/,
    );
    await api.http
      .get('/admin/queues')
      .set('cookie', session.headers['set-cookie'][0].split(';')[0])
      .expect(200);
  });
});

describe('Regional summaries when Redis goes away', () => {
  it('keeps every change in the outbox while Redis is down and catches up when it returns', async () => {
    const redis = await startPrivateRedis();
    const api = await startTestApp({ ...FAST_JOBS, REDIS_URL: redis.url });
    const worker = await startTestWorker(api.config);
    try {
      const admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
      const { dataSource } = await openDatabase(api);
      try {
        await redis.stop();
        for (const action of ['a', 'b', 'c']) {
          const path = `/api/v1/reports/CRI/2026/${action}`;
          await api.http.put(path).set(bearer(admin)).send({ status: 'implemented' }).expect(201);
          await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
          await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
        }
        await worker.get(OutboxRelay).drain(); // fails quietly: Redis is down
        // The summaries' messages (each transition also tells its people: record.transitioned).
        const [{ pending }] = await dataSource.query(
          `SELECT count(*)::int AS pending FROM outbox_message
            WHERE processed_at IS NULL AND topic = 'reporting.changed'`,
        );
        expect(pending).toBe(9); // a save, a submission and a validation per report

        await redis.start();
        const s = await eventually(async () => {
          const res = await api.http.get('/api/v1/summaries/RCM/2026').set(bearer(admin));
          return res.status === 200 && res.body.validatedReports === 3 ? res.body : undefined;
        }, 30000);
        expect(s.membersReported).toBe(1);
        await eventually(async () => {
          const [{ left }] = await dataSource.query(
            `SELECT count(*)::int AS left FROM outbox_message WHERE processed_at IS NULL`,
          );
          return left === 0 ? true : undefined;
        });
        // The Redis that came back is empty: the worker registered the nightly run again.
        const queue = worker.get<Queue>(getQueueToken(SUMMARIES_QUEUE));
        const nightly = await eventually(async () => {
          const repeatable = await queue.getRepeatableJobs();
          return repeatable.length > 0 ? repeatable : undefined;
        });
        expect(nightly).toEqual([
          expect.objectContaining({ name: 'recompute-all', cron: '0 2 * * *', tz: 'UTC' }),
        ]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await redis.start().catch(() => undefined); // closing queues needs Redis back
      await worker.close();
      await api.close();
      await redis.stop();
    }
  });
});
