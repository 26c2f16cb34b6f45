/**
 * npm run bench:summaries — regional summaries at 10× real size.
 *
 * 1. A full recompute of every synthetic summary (20 processes × 8 periods), as the nightly job
 *    does it, against one hand-written SQL statement computing the same aggregates over the same
 *    data in the same run. Goal: within 1.5× of the SQL.
 * 2. GET /api/v1/summaries/{process}/{period} through the real API (authentication, per-request
 *    user lookup, stored snapshot) against a bare Fastify route returning the same JSON, both under
 *    autocannon at 50 connections. Goal: ≥ 50% of the bare route's requests per second.
 */
import { SummariesService, SummaryKey } from '@app/summaries';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify from 'fastify';
import { AddressInfo } from 'node:net';
import { createApiApp } from '../apps/api/src/create-api-app';
import { BENCH_ADMIN, BenchEnvironment, startBenchEnvironment } from './lib/bench-environment';
import {
  loadTest,
  LoadResult,
  median,
  printTable,
  round,
  timeRuns,
  writeResults,
} from './lib/measure';
import { generateSyntheticData } from './lib/synthetic-data';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The same aggregates a summary holds, for every synthetic process × period, in one statement. */
const HAND_WRITTEN_SQL = `
  WITH m AS (SELECT process_code AS process, country_iso3 AS iso3 FROM process_membership
              WHERE role = 'member' AND process_code LIKE 'BENCH%'),
  score(status, value) AS (VALUES ('not_started', 0), ('planned', 1), ('in_progress', 2),
                                  ('partially_implemented', 3), ('implemented', 4)),
  vr AS (SELECT m.process, r.id, r.period_code, r.action_code, r.status, r.areas, r.validated_at
           FROM report r JOIN m ON m.iso3 = r.country_iso3 WHERE r.state = 'validated'),
  coverage AS (SELECT vr.process, vr.period_code, count(*) AS validated,
                      count(*) FILTER (WHERE vr.validated_at::date <= p.due_on) AS on_time
                 FROM vr JOIN reporting_period p ON p.code = vr.period_code GROUP BY 1, 2),
  actions AS (SELECT vr.process, vr.period_code, vr.action_code, vr.status, count(*) AS n, avg(s.value) AS mean
                FROM vr LEFT JOIN score s ON s.status = vr.status GROUP BY 1, 2, 3, 4),
  checklist AS (SELECT vr.process, vr.period_code, x.item_code, x.answer, count(*) AS n
                  FROM vr JOIN report_checklist_answer x ON x.report_id = vr.id GROUP BY 1, 2, 3, 4),
  evidence AS (SELECT e.report_id, count(*) AS n FROM report_evidence e GROUP BY 1),
  areas AS (SELECT vr.process, vr.period_code, a.area, avg(s.value) AS score, count(*) AS measures,
                   sum(e.n) AS evidence
              FROM vr CROSS JOIN LATERAL unnest(vr.areas) AS a(area)
              LEFT JOIN score s ON s.status = vr.status LEFT JOIN evidence e ON e.report_id = vr.id
             GROUP BY 1, 2, 3),
  indicators AS (SELECT m.process, v.period_code, v.indicator_code, v.sex, v.age_group,
                        sum(v.value) AS total, count(*) AS countries
                   FROM indicator_value v
                   JOIN indicator_set s ON s.country_iso3 = v.country_iso3 AND s.period_code = v.period_code
                                       AND s.state = 'validated'
                   JOIN m ON m.iso3 = v.country_iso3
                  GROUP BY 1, 2, 3, 4, 5)
  SELECT (SELECT jsonb_agg(coverage) FROM coverage) AS coverage,
         (SELECT jsonb_agg(actions) FROM actions) AS actions,
         (SELECT jsonb_agg(checklist) FROM checklist) AS checklist,
         (SELECT jsonb_agg(areas) FROM areas) AS areas,
         (SELECT jsonb_agg(indicators) FROM indicators) AS indicators`;

async function prepareDataset(bench: BenchEnvironment) {
  const dataset = await generateSyntheticData(bench.dataSource);
  await bench.dataSource.query('ANALYZE');
  printTable('Synthetic dataset (10× real size)', [
    [
      'processes',
      'periods',
      'UN member States',
      'reports',
      'checklist answers',
      'evidence',
      'indicator values',
    ],
    [
      dataset.processes.length,
      dataset.periods.length,
      dataset.states,
      dataset.reports,
      dataset.checklistAnswers,
      dataset.evidence,
      dataset.indicatorValues,
    ],
  ]);
  return dataset;
}

/** 1. The full recompute against the hand-written SQL, and one summary after a validation. */
async function timeRecompute(
  bench: BenchEnvironment,
  summaries: SummariesService,
  pairs: SummaryKey[],
) {
  log(`\nTiming ${RUNS} full recomputes of ${pairs.length} summaries and ${RUNS} runs of the SQL…`);
  const sqlMs = median(await timeRuns(RUNS, () => bench.dataSource.query(HAND_WRITTEN_SQL)));
  const recomputeMs = median(await timeRuns(RUNS, () => summaries.recomputeMany(pairs)));
  // What one validation costs the worker: a single summary, as the outbox relay queues it.
  const oneMs = median(
    await timeRuns(RUNS * 5, () => summaries.recompute(pairs[0].process, '2025')),
  );
  const computeRatio = recomputeMs / sqlMs;
  printTable('Full recompute vs one hand-written SQL aggregate (median of runs)', [
    ['what', 'ms', 'ratio to SQL', 'goal'],
    ['hand-written SQL aggregate', round(sqlMs, 1), '1.00', ''],
    [
      `full recompute (${pairs.length} summaries)`,
      round(recomputeMs, 1),
      round(computeRatio).toFixed(2),
      '≤ 1.50',
    ],
    ['one summary (after a validation)', round(oneMs, 1), '', ''],
  ]);
  return {
    runs: RUNS,
    summaries: pairs.length,
    oneSummaryMs: round(oneMs, 1),
    sqlMs: round(sqlMs, 1),
    recomputeMs: round(recomputeMs, 1),
    ratio: round(computeRatio),
    goal: 1.5,
  };
}

/** 2. A stored summary served by the API against a bare Fastify route, under the same load. */
async function loadServe(
  app: NestFastifyApplication,
  summaries: SummariesService,
  process: string,
) {
  const summaryPath = `/api/v1/summaries/${process}/2025`;
  const stored = await summaries.get(process, '2025');
  const bare = Fastify({ logger: false });
  bare.get(summaryPath, async () => stored);
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const barePort = (bare.server.address() as AddressInfo).port;
  const apiPort = (app.getHttpServer().address() as AddressInfo).port;
  const login = await fetch(`http://127.0.0.1:${apiPort}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const bytes = JSON.stringify(stored).length;

  log(`\nLoad: ${CONNECTIONS} connections, ${LOAD_SECONDS} s each, summary of ${bytes} bytes…`);
  const load = (port: number, headers?: Record<string, string>) =>
    loadTest({
      url: `http://127.0.0.1:${port}${summaryPath}`,
      connections: CONNECTIONS,
      durationSeconds: LOAD_SECONDS,
      headers,
    });
  // Warm-up of both servers' code paths, not counted.
  await load(barePort);
  await load(apiPort, { authorization: `Bearer ${accessToken}` });
  const bareResult = await load(barePort);
  const apiResult = await load(apiPort, { authorization: `Bearer ${accessToken}` });
  await bare.close();
  return { bytes, bareResult, apiResult };
}

function reportServe(serve: Awaited<ReturnType<typeof loadServe>>) {
  const { bytes, bareResult, apiResult } = serve;
  const serveRatio = apiResult.requestsPerSecond / bareResult.requestsPerSecond;
  const row = (name: string, r: LoadResult) => [
    name,
    round(r.requestsPerSecond, 0),
    r.latencyP50Ms,
    r.latencyP99Ms,
    r.errors + r.non2xx,
  ];
  printTable('Serving a stored summary', [
    ['server', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    row('bare Fastify JSON route', bareResult),
    row('API (auth + stored summary)', apiResult),
  ]);
  log(`API / bare: ${(serveRatio * 100).toFixed(0)}% (goal ≥ 60%)`);
  return {
    connections: CONNECTIONS,
    seconds: LOAD_SECONDS,
    summaryBytes: bytes,
    bare: bareResult,
    api: apiResult,
    ratio: round(serveRatio),
    goal: 0.6,
  };
}

async function main(): Promise<void> {
  log('Preparing a throwaway database with the synthetic dataset…');
  const bench = await startBenchEnvironment();
  try {
    const dataset = await prepareDataset(bench);
    const app = await createApiApp(bench.config);
    await app.listen(0, '127.0.0.1');
    const summaries = app.get(SummariesService);
    const pairs = (await summaries.pairs()).filter((pair) => pair.process.startsWith('BENCH'));
    const recompute = await timeRecompute(bench, summaries, pairs);
    const served = await loadServe(app, summaries, pairs[0].process);
    await app.close();
    const file = writeResults('summaries', { dataset, recompute, serve: reportServe(served) });
    log(`\nResults written to ${file}`);
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
