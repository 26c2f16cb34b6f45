/**
 * npm run bench:api — the built API and worker, each in a process of its own as in production,
 * on the synthetic dataset at 10× real size. Every figure has a baseline measured in the same
 * run, because on a shared 2-core machine only ratios mean something.
 *
 * 1. Reads under autocannon at 50 connections. The stored regional summary against a bare
 *    Fastify process serving the same JSON (goal: ≥ 60% of its req/s); the reports list of one
 *    process and period (page of 50) against a bare Fastify process running the same SQL (the
 *    statement the API runs, captured from its own list use case) on a raw `pg` pool of the
 *    API's size and serializing the page (goal: ≥ 50%). The API reads for 10 s untimed first (a
 *    deployment's process runs warm), then baseline and API alternate three times; the median
 *    pair is the figure.
 * 2. Writes: PUT of a full report (status, narrative, areas, every checklist item with a note,
 *    three evidence items) with If-Match, at 50 connections spread over the 1,158 draft reports
 *    of one period (every UN member State × 6 actions), each a real update in one transaction
 *    with its audit event and outbox message. Baseline: a raw `pg` pool of the API's size
 *    writing the same rows per request at the same concurrency. After 15 s of API saves (the
 *    save path compiled, as in a running deployment), raw and API loads alternate three times,
 *    each warmed in its own process first; the median pair is the figure. Goals: ≥ 60% of the
 *    raw pool, no errors, and a p99 ≤ 150 ms at those 50 connections (the median pair's). With
 *    every connection always waiting, that latency is 50 / throughput (Little's law) with the
 *    tail on top, so both loads also run at a fixed rate, half the raw pool's median, each save
 *    timed from when it was due: what a heavy load costs below the ceiling, if it is below the
 *    API's (no goal).
 * 3. Deadline burst: 193 focal points, each signed in with an account of their own, save and
 *    submit their six reports of a period all at once. Completion time against the ideal (the
 *    same requests at part 2's write throughput), p99, errors (goal: none), and how long until
 *    every affected stored summary counts the submissions (the worker relays and recomputes).
 * 4. Hostile requests: the p99 of GET /api/v1/health/ready (a load balancer's probe) idle, and
 *    while one client sends the costliest bodies the body limits let through to sign-in (at the
 *    sign-in request limit) and to PATCH /me (at the own-account limit). Goal: within 2× of idle.
 * 6. Scaling out: the stored-summary read from one API process, then from two behind a
 *    round-robin TCP balancer (a process of its own), with the machine's CPU use: how far a
 *    second process goes on two cores that PostgreSQL, Redis and the load generator share.
 * 5. Start-up and memory: spawn to ready (GET /api/v1/health/ready, the worker's GET /health)
 *    against a bare Fastify process spawned to ready (median of runs); peak RSS and CPU time of
 *    the API and worker during each load.
 *
 * The load always comes from another process (autocannon's, or bench/lib/write-load.ts).
 */
import type { Actor } from '@app/auth';
import { AppConfig, ENVIRONMENT_DEFAULTS } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { readRecordList, REPORT_LIST } from '@app/reporting';
import { SUMMARIES_QUEUE } from '@app/queue';
import Queue from 'bull';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../libs/auth/src/password-hasher';
import { BENCH_ADMIN, startBenchEnvironment } from './lib/bench-environment';
import {
  loadTest,
  LoadResult,
  median,
  medianPair,
  printTable,
  round,
  writeResults,
} from './lib/measure';
import {
  freePort,
  peakRssSinceStartMiB,
  Service,
  startService,
  Usage,
  watchUsage,
} from './lib/services';
import { measureHostileRequests } from './lib/hostile-requests';
import { generateSyntheticData } from './lib/synthetic-data';
import { ReportContent, runWriteLoad, WriteLoadResult } from './lib/write-load';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARM_SECONDS = Math.min(3, LOAD_SECONDS);
const CONNECTIONS = 50;
const ROOT = join(__dirname, '..');
const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
const WORKER_MAIN = 'dist/apps/worker/apps/worker/src/main.js';
const BARE_SERVER = join(__dirname, 'lib', 'bare-server.js');
const BARE_SQL_SERVER = join(__dirname, 'lib', 'bare-sql-server.js');
const ROUND_ROBIN_PROXY = join(__dirname, 'lib', 'round-robin-proxy.js');
const LIST_PAGE_SIZE = 50;
/** BENCH_CPU_PROFILE_DIR=dir: the API and worker write V8 CPU profiles there when they stop. */
const PROFILE = process.env.BENCH_CPU_PROFILE_DIR
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`]
  : [];
// Periods after the seeded ones, so that no synthetic report is in them: drafts to update in
// part 2, nothing at all before part 3's burst.
const WRITE_PERIOD = '2027';
const BURST_PERIOD = '2028';
const ACTIONS = ['a', 'b', 'c', 'd', 'e', 'f'];
const FOCAL_POINT_PASSWORD = 'bench-focal-point-password';
/**
 * How long the worker may take to settle. A start-up run's worker stopped in the middle of its
 * catch-up (longer than the shutdown grace on a cold database) leaves that job active until its
 * lock expires and the next worker's stalled check runs it again: up to twice JOB_LOCK_MS, then
 * the run itself.
 */
const SUMMARY_WAIT_MS = 2 * Number(ENVIRONMENT_DEFAULTS.JOB_LOCK_MS) + 60_000;
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const GOALS = {
  hostileP99Ratio: 2,
  summaryShareOfBare: 0.6,
  listShareOfRawSql: 0.5,
  writeP99Ms: 150,
  writeShareOfRaw: 0.6,
};

/** The built apps are what runs in production; build them only when they are not there. */
function ensureBuilt(): void {
  if (existsSync(join(ROOT, API_MAIN)) && existsSync(join(ROOT, WORKER_MAIN))) return;
  log('No built apps in dist/: building them…');
  const run = (command: string, args: string[]) =>
    spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' }).status === 0;
  if (run('npm', ['run', 'build'])) return;
  if (!run('npx', ['nest', 'build', 'api']) || !run('npx', ['nest', 'build', 'worker']))
    throw new Error('Building the API and the worker failed');
}

/**
 * Two new open periods, a focal point account per UN member State (one argon2 hash, computed
 * once, as the app computes them) and the draft reports part 2 updates.
 */
async function prepareAccountsAndDrafts(db: DataSource): Promise<void> {
  const hash = await new PasswordHasher().hash(FOCAL_POINT_PASSWORD);
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO reporting_period (code, starts_on, ends_on, due_on)
       SELECT y::text, make_date(y, 1, 1), make_date(y, 12, 31), make_date(y + 1, 3, 31)
         FROM unnest($1::int[]) AS y`,
      [[Number(WRITE_PERIOD), Number(BURST_PERIOD)]],
    );
    await manager.query(
      `INSERT INTO app_user (email, name, password_hash, role)
       SELECT format('fp-%s@bench.example', lower(iso3)), format('Focal point, %s', name), $1, 'focal_point'
         FROM country WHERE un_member`,
      [hash],
    );
    await manager.query(
      `INSERT INTO user_country (user_id, country_iso3)
       SELECT u.id, c.iso3 FROM country c JOIN app_user u ON u.email = format('fp-%s@bench.example', lower(c.iso3))`,
    );
    await manager.query(
      `INSERT INTO report (country_iso3, period_code, action_code, areas, created_by, updated_by)
       SELECT uc.country_iso3, $1, a.code,
              ARRAY(SELECT x.area_code FROM action_area x WHERE x.action_code = a.code ORDER BY 1)::smallint[],
              uc.user_id, uc.user_id
         FROM user_country uc CROSS JOIN action a`,
      [WRITE_PERIOD],
    );
  });
}

/** A full report per action, as a focal point would write it. */
async function fullReports(db: DataSource): Promise<Record<string, ReportContent>> {
  const rows: Array<{ action: string; items: string[]; areas: number[] }> = await db.query(
    `SELECT a.code::text AS action,
            ARRAY(SELECT code FROM checklist_item i WHERE i.action_code = a.code ORDER BY sort_order) AS items,
            ARRAY(SELECT area_code::int FROM action_area x WHERE x.action_code = a.code ORDER BY 1) AS areas
       FROM action a ORDER BY 1`,
  );
  const answers = ['yes', 'partial', 'no', 'unknown'];
  return Object.fromEntries(
    rows.map((row) => [
      row.action,
      {
        status: 'partially_implemented',
        narrative:
          'Smuggling of migrants is an offence under the Migration Law since its 2021 amendment, ' +
          'with aggravating circumstances where lives are endangered. A joint investigation unit ' +
          'of the prosecutor’s office and the border police has operated since 2023; its cases ' +
          'and the training given to officers are listed below. Migrants are not prosecuted for ' +
          'having been smuggled. Data on convictions are disaggregated by sex and age.',
        areas: row.areas,
        checklist: row.items.map((item, index) => ({
          item,
          answer: answers[index % answers.length],
          note: `On ${item}: see the law and the statistical annex (2024).`,
        })),
        evidence: [
          {
            kind: 'legislation',
            title: 'Migration Law, 2021 amendment',
            url: 'https://example.org/laws/migration-law-2021.pdf',
            date: '2021-11-12',
            reference: 'art. 160',
          },
          {
            kind: 'statistics',
            title: 'Prosecutions and convictions for smuggling of migrants, 2024',
            url: 'https://example.org/statistics/smuggling-2024.xlsx',
            date: '2025-02-28',
            reference: 'tables 3–5',
          },
          {
            kind: 'training',
            title: 'Joint training of prosecutors and border police',
            url: 'https://example.org/training/2024',
            date: '2024-06-20',
            reference: '120 officers',
          },
        ],
      },
    ]),
  );
}

/** The apps' configuration: the throwaway database and Redis prefix, and logs as deployed (info, every request). */
function serviceEnvironment(
  config: AppConfig,
  ports: { api: number; worker: number },
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(ports.api),
    WORKER_HEALTH_PORT: String(ports.worker),
    APP_BASE_URL: `http://127.0.0.1:${ports.api}`,
    DATABASE_URL: config.database.url,
    DATABASE_POOL_SIZE: String(config.database.poolSize),
    REDIS_URL: config.redis.url,
    REDIS_PREFIX: config.redis.prefix,
    JWT_SECRET: config.auth.jwtSecret,
    TWO_FACTOR_ENCRYPTION_KEY: config.auth.twoFactorKey.toString('base64'),
    // The bench measures the API as its admin uses it, not the enrolment of a second factor.
    REQUIRE_TWO_FACTOR_ROLES: 'none',
    LOGIN_LIMIT_PER_IP: String(config.auth.loginLimitPerIp),
    LOGIN_LIMIT_PER_ACCOUNT: String(config.auth.loginLimitPerAccount),
    AUTH_REQUEST_LIMIT_PER_IP: String(config.auth.authRequestLimitPerIp),
  };
}

/** Starts a service RUNS times, keeping the last one running: its start-up times and itself. */
async function timeStarts(
  running: Service[],
  start: () => Promise<Service>,
): Promise<{ service: Service; readyMs: number[] }> {
  const readyMs: number[] = [];
  for (let run = 1; ; run += 1) {
    const service = await start();
    running.push(service);
    readyMs.push(service.readyMs);
    if (run >= RUNS) return { service, readyMs };
    await service.stop();
  }
}

/**
 * Waits until the worker has nothing left to do: the outbox relayed and no summary job waiting,
 * delayed or running (the nightly schedule's next run aside). Each measured phase starts from
 * there, so none pays for the recomputes the previous one caused.
 */
async function settle(db: DataSource, queue: Queue.Queue): Promise<void> {
  const started = Date.now();
  for (;;) {
    const [{ pending }] = await db.query(
      `SELECT count(*)::int AS pending FROM outbox_message WHERE processed_at IS NULL`,
    );
    const counts = await queue.getJobCounts();
    const scheduled = await queue.getRepeatableCount();
    if (pending === 0 && counts.waiting + counts.active + counts.delayed - scheduled <= 0) return;
    if (Date.now() - started > SUMMARY_WAIT_MS) {
      const jobs = await queue.getJobs(['active', 'waiting', 'delayed']);
      const what = jobs.map((job) => `${job.id} (${job.name}, ${job.attemptsMade} attempts)`);
      throw new Error(
        `The worker is still busy after ${SUMMARY_WAIT_MS} ms: ${pending} outbox messages, ` +
          `jobs ${JSON.stringify(counts)}: ${what.join(', ')}`,
      );
    }
    await sleep(250);
  }
}

async function signIn(apiUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in of ${email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const loadRow = (name: string, result: LoadResult) => [
  name,
  round(result.requestsPerSecond, 0),
  result.latencyP50Ms,
  result.latencyP99Ms,
  result.errors,
  result.non2xx,
];
const LOAD_HEADER = ['what', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx'];
const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
/** CPU time of the API process per request: where a server-side bottleneck shows first. */
const apiCpuPerRequest = (usage: Usage, result: LoadResult) =>
  `API process: ${round((usage.processes.api.cpuSeconds * 1000) / Math.max(result.requests, 1), 2)} ms of CPU per request; machine ${usage.machineBusyPercent}% busy.`;
// Each report's final version is the load's bookkeeping, not a figure.
const figures = ({ versions: _versions, ...result }: WriteLoadResult) => result;

/** A baseline server of part 1: where it listens and the message that prepares a route. */
interface Baseline {
  name: string;
  url: string;
  service: Service;
  message(path: string, apiJson: string): object;
}

/** The SQL (and parameters) the API's list use case runs for one page of reports. */
async function reportListStatement(
  config: AppConfig,
  filter: { process: string; period: string },
): Promise<{ name: string; text: string; values: unknown[] }> {
  const statements: Array<{ text: string; values: unknown[] }> = [];
  const recorder = new DataSource({
    ...dataSourceOptions(config, 'bench-statement'),
    logger: {
      logQuery: (text: string, values?: unknown[]) =>
        void statements.push({ text, values: values ?? [] }),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    },
  });
  await recorder.initialize();
  // Only what the list use case runs: TypeORM's own start-up queries came before it.
  statements.length = 0;
  try {
    const admin: Actor = {
      id: randomUUID(),
      email: BENCH_ADMIN.email,
      name: 'bench',
      role: 'admin',
      locale: 'en',
      countries: [],
      processes: [],
      coordinatedCountries: [],
      sessionId: null,
      twoFactorEnabled: false,
      requestId: 'bench',
      ip: '127.0.0.1',
    };
    await readRecordList(recorder.manager, REPORT_LIST, admin, {
      ...filter,
      page: 1,
      pageSize: LIST_PAGE_SIZE,
    });
  } finally {
    await recorder.destroy();
  }
  if (statements.length !== 1)
    throw new Error(`The list ran ${statements.length} statements; the baseline expects one`);
  return { name: 'bench_report_list', ...statements[0] };
}

/** The API's untimed reads before a route's timed pairs: a deployment's process runs warm. */
const READ_WARM_UP_SECONDS = 10;
/** Baseline and API read loads alternate this many times per route; the median pair is given. */
const READ_PAIRS = Number(process.env.BENCH_READ_PAIRS ?? 3);

interface ReadPair {
  bare: LoadResult;
  api: LoadResult;
  usage: Usage;
  ratio: number;
}

/**
 * Part 1: each read route of the API against its baseline: the stored summary against the bare
 * route serving the same JSON, the reports list against the raw-SQL route.
 */
async function measureReads(
  api: string,
  baselines: { json: Baseline; sql: Baseline },
  adminToken: string,
  pids: Record<string, number>,
) {
  const routes = [
    {
      name: 'stored summary',
      path: '/api/v1/summaries/BENCH01/2025',
      baseline: baselines.json,
      goal: GOALS.summaryShareOfBare,
    },
    {
      name: 'reports list',
      path: `/api/v1/reports?process=BENCH01&period=2025&pageSize=${LIST_PAGE_SIZE}`,
      baseline: baselines.sql,
      goal: GOALS.listShareOfRawSql,
    },
  ];
  const headers = { authorization: `Bearer ${adminToken}` };
  const results = [];
  for (const route of routes) {
    const response = await fetch(`${api}${route.path}`, { headers });
    if (!response.ok) throw new Error(`GET ${route.path}: ${response.status}`);
    const json = await response.text();
    const { baseline } = route;
    await new Promise((resolve) => {
      baseline.service.child.once('message', resolve);
      baseline.service.child.send(baseline.message(route.path, json));
    });
    const baselineJson = await (await fetch(`${baseline.url}${route.path}`)).text();
    const baselineBytes = baselineJson.length;
    // A baseline that serves less than the API would flatter nothing but itself.
    const itemsOf = (text: string) => (JSON.parse(text) as { items?: unknown[] }).items?.length;
    if (itemsOf(baselineJson) !== itemsOf(json))
      throw new Error(`The baseline of ${route.path} does not serve the API's page`);
    const load = (base: string, seconds: number, withAuth: boolean) =>
      loadTest({
        url: `${base}${route.path}`,
        connections: CONNECTIONS,
        durationSeconds: seconds,
        headers: withAuth ? headers : undefined,
      });
    log(
      `Reads: ${route.name} (API ${json.length} bytes, baseline ${baselineBytes} bytes), ${LOAD_SECONDS} s per server…`,
    );
    // Warm-up of both servers' code paths, not counted; the API's as long as a deployment's
    // process has run (its route compiled), the bare route's a few seconds (little to compile).
    await load(baseline.url, WARM_SECONDS, false);
    await load(api, READ_WARM_UP_SECONDS, true);
    const pairs: ReadPair[] = [];
    for (let pair = 0; pair < READ_PAIRS; pair += 1) {
      const bare = await load(baseline.url, LOAD_SECONDS, false);
      const watch = watchUsage(pids);
      const viaApi = await load(api, LOAD_SECONDS, true);
      const pairUsage = watch.stop();
      pairs.push({
        bare,
        api: viaApi,
        usage: pairUsage,
        ratio: viaApi.requestsPerSecond / bare.requestsPerSecond,
      });
    }
    const median = medianPair(pairs);
    const { bare: baselineResult, api: apiResult, usage, ratio } = median;
    printTable(`Reads: ${route.name}, ${CONNECTIONS} connections`, [
      [...LOAD_HEADER, 'ratio', 'goal'],
      ...pairs.flatMap((pair, index) => [
        [...loadRow(`${index + 1}. ${baseline.name}`, pair.bare), '100%', ''],
        [
          ...loadRow(`${index + 1}. API GET ${route.path}`, pair.api),
          percent(pair.ratio),
          pair === median ? `median; ≥ ${percent(route.goal)}` : '',
        ],
      ]),
    ]);
    log(apiCpuPerRequest(usage, apiResult));
    results.push({
      name: route.name,
      path: route.path,
      baseline: baseline.name,
      bytes: json.length,
      baselineBytes,
      bare: baselineResult,
      api: apiResult,
      ratio: round(ratio),
      goal: route.goal,
      usage,
      pairs: pairs.map((pair) => ({
        bare: round(pair.bare.requestsPerSecond, 0),
        api: round(pair.api.requestsPerSecond, 0),
        ratio: round(pair.ratio),
      })),
    });
  }
  return results;
}

/** Part 6: one API process against two behind a round-robin balancer, on the same route. */
async function measureScaling(
  api: { url: string; pid: number; port: number },
  env: NodeJS.ProcessEnv,
  running: Service[],
  adminToken: string,
) {
  const path = '/api/v1/summaries/BENCH01/2025';
  const second = { port: await freePort() };
  const apiTwo = await startService({
    name: 'API (second process)',
    script: API_MAIN,
    env: { ...env, PORT: String(second.port) },
    readyUrl: `http://127.0.0.1:${second.port}/api/v1/health/ready`,
    cwd: ROOT,
  });
  running.push(apiTwo);
  const proxyPort = await freePort();
  const proxy = await startService({
    name: 'round-robin balancer',
    script: ROUND_ROBIN_PROXY,
    env: {
      PATH: process.env.PATH,
      PORT: String(proxyPort),
      TARGET_PORTS: `${api.port},${second.port}`,
    },
    readyUrl: `http://127.0.0.1:${proxyPort}/api/v1/health/ready`,
    cwd: ROOT,
    ipc: true,
  });
  running.push(proxy);
  const headers = { authorization: `Bearer ${adminToken}` };
  const measure = async (base: string, pids: Record<string, number>) => {
    const url = `${base}${path}`;
    await loadTest({ url, connections: CONNECTIONS, durationSeconds: WARM_SECONDS, headers });
    const watch = watchUsage(pids);
    const result = await loadTest({
      url,
      connections: CONNECTIONS,
      durationSeconds: LOAD_SECONDS,
      headers,
    });
    return { result, usage: watch.stop() };
  };
  const one = await measure(api.url, { api: api.pid });
  const two = await measure(`http://127.0.0.1:${proxyPort}`, {
    api: api.pid,
    apiTwo: apiTwo.pid,
    balancer: proxy.pid,
  });
  const ratio = two.result.requestsPerSecond / one.result.requestsPerSecond;
  printTable(`Scaling out: GET ${path}, ${CONNECTIONS} connections`, [
    [...LOAD_HEADER, 'ratio', 'machine busy'],
    [...loadRow('one API process', one.result), '1.00', `${one.usage.machineBusyPercent}%`],
    [
      ...loadRow('two API processes, round robin', two.result),
      ratio.toFixed(2),
      `${two.usage.machineBusyPercent}%`,
    ],
  ]);
  await proxy.stop();
  await apiTwo.stop();
  return { path, one, two, ratio: round(ratio) };
}

interface FocalPoint {
  country: string;
  userId: string;
  email: string;
  token: string;
}

/** Every focal point signs in through the API at once (the bench raises the sign-in limits). */
async function signInFocalPoints(db: DataSource, api: string) {
  const accounts: Array<Omit<FocalPoint, 'token'>> = await db.query(
    `SELECT uc.country_iso3::text AS country, u.id AS "userId", u.email
       FROM app_user u JOIN user_country uc ON uc.user_id = u.id
      WHERE u.role = 'focal_point' ORDER BY 1`,
  );
  const started = performance.now();
  const focalPoints: FocalPoint[] = await Promise.all(
    accounts.map(async (account) => ({
      ...account,
      token: await signIn(api, account.email, FOCAL_POINT_PASSWORD),
    })),
  );
  return { focalPoints, seconds: (performance.now() - started) / 1000 };
}

const rowCounts = async (db: DataSource): Promise<{ audit: number; outbox: number }> =>
  (
    await db.query(
      `SELECT (SELECT count(*) FROM audit_event WHERE action = 'report.updated')::int AS audit,
              (SELECT count(*) FROM outbox_message)::int AS outbox`,
    )
  )[0];

/** Untimed API saves before the first timed pair: a deployment's processes run warm. */
const WRITE_WARM_UP_SECONDS = 15;
/**
 * Latency is also read at this share of the raw pool's throughput, below saturation: there the
 * latency of 50 waiting connections is set by throughput (Little's law) and the tail.
 */
const WRITE_OFFERED_SHARE_OF_RAW = 0.5;
/** Raw and API write loads alternate this many times; the figures given are the median pair's. */
const WRITE_PAIRS = Number(process.env.BENCH_WRITE_PAIRS ?? 3);

interface WritePair {
  raw: WriteLoadResult;
  api: WriteLoadResult;
  ratio: number;
  rawUsage: Usage;
  apiUsage: Usage;
}

/**
 * Part 2: PUTs through the API against the same writes by a raw pg pool, alternating, each load
 * warmed in its own process first. On a shared 2-core machine one pair swings by a fifth either
 * way (the worker's recomputes, the host), so the median pair is the figure, with every pair shown.
 */
async function measureWrites(
  db: DataSource,
  queue: Queue.Queue,
  config: AppConfig,
  api: string,
  focalPoints: FocalPoint[],
  contents: Record<string, ReportContent>,
  pids: Record<string, number>,
) {
  const byCountry = new Map(focalPoints.map((focalPoint) => [focalPoint.country, focalPoint]));
  const reports: Array<{ id: string; country: string; action: string; version: number }> =
    await db.query(
      `SELECT id, country_iso3::text AS country, action_code::text AS action, version
         FROM report WHERE period_code = $1 ORDER BY country_iso3, action_code`,
      [WRITE_PERIOD],
    );
  let versions = reports.map((report) => report.version);
  const bodies = Object.fromEntries(
    Object.entries(contents).map(([action, content]) => [action, JSON.stringify(content)]),
  );
  // Every 200 must be a committed update with its audit event and outbox message, and no API
  // save may fail, warm-ups included.
  const rows = { audit: 0, outbox: 0, updates: 0 };
  let apiFailures = 0;
  const apiSaves = async (
    warmSeconds: number,
    seconds: number,
    onMeasuring?: () => void,
    offeredPerSecond?: number,
  ) => {
    const before = await rowCounts(db);
    const result = await runWriteLoad(
      {
        kind: 'api-saves',
        baseUrl: api,
        connections: CONNECTIONS,
        offeredPerSecond,
        warmSeconds,
        durationSeconds: seconds,
        bodies,
        reports: reports.map((report, index) => ({
          path: `/api/v1/reports/${report.country}/${WRITE_PERIOD}/${report.action}`,
          action: report.action,
          token: byCountry.get(report.country)!.token,
          version: versions[index],
        })),
      },
      onMeasuring,
    );
    const after = await rowCounts(db);
    rows.audit += after.audit - before.audit;
    rows.outbox += after.outbox - before.outbox;
    rows.updates += (result.statuses[200] ?? 0) + result.warm.updates;
    apiFailures += result.errors + result.non2xx + result.warm.failures;
    versions = result.versions;
    return result;
  };
  const rawSaves = async (onMeasuring?: () => void, offeredPerSecond?: number) => {
    const result = await runWriteLoad(
      {
        kind: 'pg-saves',
        databaseUrl: config.database.url,
        poolSize: config.database.poolSize,
        connections: CONNECTIONS,
        offeredPerSecond,
        warmSeconds: WARM_SECONDS,
        durationSeconds: LOAD_SECONDS,
        contents,
        reports: reports.map((report, index) => ({
          id: report.id,
          country: report.country,
          period: WRITE_PERIOD,
          action: report.action,
          userId: byCountry.get(report.country)!.userId,
          email: byCountry.get(report.country)!.email,
          version: versions[index],
        })),
      },
      onMeasuring,
    );
    versions = result.versions;
    return result;
  };

  log(
    `\nWrites: ${reports.length} reports, ${CONNECTIONS} connections; ${WRITE_WARM_UP_SECONDS} s of API saves first, ` +
      `then ${WRITE_PAIRS} pairs of raw and API loads, ${WARM_SECONDS} s warm-up and ${LOAD_SECONDS} s timed each…`,
  );
  await settle(db, queue);
  // Timed, but outside the pairs: what the first seconds after a start cost.
  const firstSaves = await apiSaves(0, WRITE_WARM_UP_SECONDS);
  const pairs: WritePair[] = [];
  for (let pair = 0; pair < WRITE_PAIRS; pair += 1) {
    let watch: { stop(): Usage } | undefined;
    const startWatch = () => (watch = watchUsage(pids));
    await settle(db, queue);
    const raw = await rawSaves(startWatch);
    const rawUsage = watch!.stop();
    await settle(db, queue);
    const viaApi = await apiSaves(WARM_SECONDS, LOAD_SECONDS, startWatch);
    const apiUsage = watch!.stop();
    pairs.push({
      raw,
      api: viaApi,
      ratio: viaApi.requestsPerSecond / raw.requestsPerSecond,
      rawUsage,
      apiUsage,
    });
  }
  const median = medianPair(pairs);
  printTable(`Writes: PUT of a full report with If-Match, ${CONNECTIONS} connections`, [
    [...LOAD_HEADER, 'ratio', 'goal'],
    [...loadRow(`API, first ${WRITE_WARM_UP_SECONDS} s (not in the pairs)`, firstSaves), '', ''],
    ...pairs.flatMap((pair, index) => [
      [
        ...loadRow(`${index + 1}. raw pg pool of ${config.database.poolSize}, same rows`, pair.raw),
        '100%',
        '',
      ],
      [
        ...loadRow(`${index + 1}. API PUT /api/v1/reports/{iso3}/{period}/{action}`, pair.api),
        percent(pair.ratio),
        pair === median
          ? `median; ≥ ${percent(GOALS.writeShareOfRaw)}, p99 ≤ ${GOALS.writeP99Ms} ms`
          : '',
      ],
    ]),
  ]);
  log(
    `API: ${rows.updates} updates answered 200 (warm-ups included); ${rows.audit} audit events and ${rows.outbox} outbox messages written.` +
      (median.api.firstFailure ? ` First failure: ${median.api.firstFailure}` : ''),
  );
  log(apiCpuPerRequest(median.apiUsage, median.api));
  // With every connection always waiting on a request, mean latency = connections / throughput.
  log(
    `At ${CONNECTIONS} connections always waiting, the mean latency is ${CONNECTIONS} / throughput (Little's law): ` +
      `${round((1000 * CONNECTIONS) / median.raw.requestsPerSecond, 0)} ms for the raw pool (its p99 ${median.raw.latencyP99Ms} ms), ` +
      `${round((1000 * CONNECTIONS) / median.api.requestsPerSecond, 0)} ms for the API (its p99 ${median.api.latencyP99Ms} ms); ` +
      `the p99 above the mean is the tail.`,
  );

  // The latency users see at a heavy load below the raw pool's ceiling (not always below the
  // API's): a fixed rate spread over the same 50 connections, each save timed from when it was
  // due (a late send counts as waiting).
  const offered = Math.round(median.raw.requestsPerSecond * WRITE_OFFERED_SHARE_OF_RAW);
  log(
    `\nWrites at ${offered} saves a second offered (${percent(WRITE_OFFERED_SHARE_OF_RAW)} of the raw pool's median), ` +
      `${CONNECTIONS} connections, ${WARM_SECONDS} s warm-up and ${LOAD_SECONDS} s timed each…`,
  );
  await settle(db, queue);
  const pacedRaw = await rawSaves(undefined, offered);
  await settle(db, queue);
  const pacedApi = await apiSaves(WARM_SECONDS, LOAD_SECONDS, undefined, offered);
  printTable(
    `Writes at ${offered} saves a second offered, ${CONNECTIONS} connections, timed from when each was due`,
    [
      [...LOAD_HEADER, 'goal'],
      [...loadRow(`raw pg pool of ${config.database.poolSize}, same rows`, pacedRaw), ''],
      [...loadRow('API PUT /api/v1/reports/{iso3}/{period}/{action}', pacedApi), '(no goal)'],
    ],
  );
  return {
    reports: reports.length,
    raw: figures(median.raw),
    api: figures(median.api),
    ratio: round(median.ratio),
    paced: { offeredPerSecond: offered, raw: figures(pacedRaw), api: figures(pacedApi) },
    firstSeconds: figures(firstSaves),
    pairs: pairs.map((pair) => ({
      raw: round(pair.raw.requestsPerSecond, 0),
      api: round(pair.api.requestsPerSecond, 0),
      apiP99Ms: pair.api.latencyP99Ms,
      ratio: round(pair.ratio),
    })),
    rows,
    apiFailures,
    rawUsage: median.rawUsage,
    apiUsage: median.apiUsage,
  };
}

interface Backlog {
  process: string;
  submitted: number;
  draft: number;
}

/**
 * What each summary of the burst period must count once the worker caught up: the reports of its
 * members as the database holds them (a save whose submission failed stays a draft).
 */
const backlogInDatabase = (db: DataSource): Promise<Backlog[]> =>
  db.query(
    `SELECT m.process_code AS process,
            count(*) FILTER (WHERE r.state = 'submitted')::int AS submitted,
            count(*) FILTER (WHERE r.state = 'draft')::int AS draft
       FROM process_membership m JOIN report r ON r.country_iso3 = m.country_iso3 AND r.period_code = $1
      WHERE m.role = 'member' GROUP BY 1 ORDER BY 1`,
    [BURST_PERIOD],
  );

/** Polls the stored summaries until each counts its backlog; when that happened, or null. */
async function summariesCaughtUp(db: DataSource, expected: Backlog[]): Promise<number | null> {
  const deadline = Date.now() + SUMMARY_WAIT_MS;
  while (Date.now() < deadline) {
    const stored: Array<Backlog & { validated: number }> = await db.query(
      `SELECT process_code AS process, (data->'notValidated'->>'submitted')::int AS submitted,
              (data->'notValidated'->>'draft')::int AS draft, (data->>'validatedReports')::int AS validated
         FROM summary_snapshot WHERE period_code = $1`,
      [BURST_PERIOD],
    );
    const found = new Map(stored.map((row) => [row.process, row]));
    const done = expected.every((want) => {
      const summary = found.get(want.process);
      return (
        summary?.submitted === want.submitted &&
        summary.draft === want.draft &&
        summary.validated === 0
      );
    });
    if (done) return Date.now();
    await sleep(100);
  }
  return null;
}

/** Part 3: every focal point saves and submits six reports at once. */
async function measureBurst(
  db: DataSource,
  queue: Queue.Queue,
  api: string,
  focalPoints: FocalPoint[],
  contents: Record<string, ReportContent>,
  writeThroughput: number,
  pids: Record<string, number>,
) {
  await settle(db, queue);
  log(
    `\nDeadline burst: ${focalPoints.length} focal points × ${ACTIONS.length} reports, save + submit, all at once…`,
  );
  const watch = watchUsage(pids);
  const burst = await runWriteLoad({
    kind: 'deadline-burst',
    baseUrl: api,
    bodies: Object.fromEntries(
      Object.entries(contents).map(([action, content]) => [action, JSON.stringify(content)]),
    ),
    period: BURST_PERIOD,
    actions: ACTIONS,
    focalPoints: focalPoints.map(({ country, token }) => ({ country, token })),
  });
  const expected = await backlogInDatabase(db);
  const caughtUpAt = await summariesCaughtUp(db, expected);
  const usage = watch.stop();
  const [{ submitted }] = await db.query(
    `SELECT count(*) FILTER (WHERE state = 'submitted')::int AS submitted FROM report WHERE period_code = $1`,
    [BURST_PERIOD],
  );
  const idealSeconds = burst.requests / writeThroughput;
  const summariesSeconds = caughtUpAt === null ? null : (caughtUpAt - burst.endedAt) / 1000;
  printTable('Deadline burst: every focal point saves and submits six reports at once', [
    ['what', 'requests', 'seconds', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx'],
    [
      `${focalPoints.length} focal points, PUT + submit`,
      burst.requests,
      round(burst.seconds, 1),
      burst.latencyP50Ms,
      burst.latencyP99Ms,
      burst.latencyMaxMs,
      burst.errors,
      burst.non2xx,
    ],
  ]);
  log(
    `Ideal at part 2's write throughput: ${round(idealSeconds, 1)} s; actual / ideal: ${round(burst.seconds / idealSeconds).toFixed(2)}. ` +
      `${submitted} reports submitted in the database.` +
      (burst.firstFailure ? ` First failure: ${burst.firstFailure}` : ''),
  );
  log(
    summariesSeconds === null
      ? `The stored summaries did not count every submission within ${SUMMARY_WAIT_MS / 1000} s.`
      : `Every affected summary (${expected.length} processes) counted the submissions ${round(summariesSeconds, 1)} s after the last response.`,
  );
  return {
    focalPoints: focalPoints.length,
    burst: figures(burst),
    submittedInDatabase: submitted,
    idealSeconds: round(idealSeconds, 2),
    actualOverIdeal: round(burst.seconds / idealSeconds),
    affectedSummaries: expected.length,
    summariesSecondsAfterBurst: summariesSeconds === null ? null : round(summariesSeconds, 1),
    usage,
  };
}

function printUsage(phases: Array<[string, Usage]>): void {
  printTable('Memory and CPU of the API and worker processes, per load', [
    [
      'load',
      'API peak RSS MiB',
      'API CPU s',
      'worker peak RSS MiB',
      'worker CPU s',
      'machine busy',
    ],
    ...phases.map(([name, usage]) => [
      name,
      usage.processes.api.peakRssMiB,
      round(usage.processes.api.cpuSeconds, 1),
      usage.processes.worker.peakRssMiB,
      round(usage.processes.worker.cpuSeconds, 1),
      `${usage.machineBusyPercent}%`,
    ]),
  ]);
}

async function main(): Promise<void> {
  ensureBuilt();
  log('Preparing a throwaway database with the synthetic dataset…');
  const bench = await startBenchEnvironment();
  const running: Service[] = [];
  let queue: Queue.Queue | undefined;
  let closing: Promise<void> | undefined;
  // Stops every process this run started and drops its database, once, however it ends.
  const cleanUp = () =>
    (closing ??= (async () => {
      for (const service of [...running].reverse()) await service.stop();
      await queue?.close();
      await bench.close();
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    const db = bench.dataSource;
    const dataset = await generateSyntheticData(db);
    await prepareAccountsAndDrafts(db);
    // As a running deployment's database: vacuumed (autovacuum would otherwise work through the
    // freshly loaded tables during the first measurements) and analyzed.
    await db.query('VACUUM (ANALYZE)');
    const contents = await fullReports(db);

    const ports = {
      api: await freePort(),
      worker: await freePort(),
      bare: await freePort(),
      bareSql: await freePort(),
    };
    const env = serviceEnvironment(bench.config, ports);
    const api = `http://127.0.0.1:${ports.api}`;
    const bareUrl = `http://127.0.0.1:${ports.bare}`;
    log(`Start-up: ${RUNS} runs each of bare Fastify, the API and the worker…`);
    const bare = await timeStarts(running, () =>
      startService({
        name: 'bare Fastify',
        script: BARE_SERVER,
        env: { PATH: process.env.PATH, PORT: String(ports.bare) },
        readyUrl: `${bareUrl}/health`,
        cwd: ROOT,
        ipc: true,
      }),
    );
    const apiStarts = await timeStarts(running, () =>
      startService({
        name: 'API',
        script: API_MAIN,
        env,
        nodeOptions: PROFILE,
        readyUrl: `${api}/api/v1/health/ready`,
        cwd: ROOT,
      }),
    );
    const workerStarts = await timeStarts(running, () =>
      startService({
        name: 'worker',
        script: WORKER_MAIN,
        env,
        nodeOptions: PROFILE,
        readyUrl: `http://127.0.0.1:${ports.worker}/health`,
        cwd: ROOT,
      }),
    );
    const startUp = {
      bareMs: round(median(bare.readyMs), 0),
      apiMs: round(median(apiStarts.readyMs), 0),
      workerMs: round(median(workerStarts.readyMs), 0),
    };
    printTable(`Start-up: spawn to ready (median of ${RUNS})`, [
      ['process', 'ms', 'ratio to bare', 'ready when'],
      ['bare Fastify', startUp.bareMs, '1.00', 'GET /health answers'],
      [
        `API (${API_MAIN})`,
        startUp.apiMs,
        round(startUp.apiMs / startUp.bareMs).toFixed(2),
        'GET /api/v1/health/ready answers 200',
      ],
      [
        `worker (${WORKER_MAIN})`,
        startUp.workerMs,
        round(startUp.workerMs / startUp.bareMs).toFixed(2),
        'GET /health answers 200',
      ],
    ]);

    const pids = { api: apiStarts.service.pid, worker: workerStarts.service.pid };
    queue = new Queue(SUMMARIES_QUEUE, bench.config.redis.url, {
      prefix: bench.config.redis.prefix,
    });
    log('\nWaiting for the worker’s catch-up run to store every summary…');
    await settle(db, queue);
    const adminToken = await signIn(api, BENCH_ADMIN.email, BENCH_ADMIN.password);

    const bareSqlUrl = `http://127.0.0.1:${ports.bareSql}`;
    const bareSql = await startService({
      name: 'bare Fastify + raw pg',
      script: BARE_SQL_SERVER,
      env: {
        PATH: process.env.PATH,
        PORT: String(ports.bareSql),
        DATABASE_URL: bench.config.database.url,
        DATABASE_POOL_SIZE: String(bench.config.database.poolSize),
      },
      readyUrl: `${bareSqlUrl}/health`,
      cwd: ROOT,
      ipc: true,
    });
    running.push(bareSql);
    const listStatement = await reportListStatement(bench.config, {
      process: 'BENCH01',
      period: '2025',
    });
    const reads = await measureReads(
      api,
      {
        json: {
          name: 'bare Fastify JSON route',
          url: bareUrl,
          service: bare.service,
          message: (url, json) => ({ url, body: JSON.parse(json) }),
        },
        sql: {
          name: 'bare Fastify + raw pg, same SQL',
          url: bareSqlUrl,
          service: bareSql,
          message: (url) => ({ url, query: listStatement, page: 1, pageSize: LIST_PAGE_SIZE }),
        },
      },
      adminToken,
      pids,
    );

    log(`\nSigning in ${dataset.states} focal points at once…`);
    const { focalPoints, seconds: signInSeconds } = await signInFocalPoints(db, api);
    log(`${focalPoints.length} sign-ins in ${round(signInSeconds, 1)} s.`);
    const writes = await measureWrites(db, queue, bench.config, api, focalPoints, contents, pids);
    const burst = await measureBurst(
      db,
      queue,
      api,
      focalPoints,
      contents,
      writes.api.requestsPerSecond,
      pids,
    );

    log(
      `\nHostile requests: /health/ready probed idle, then under attack, ${LOAD_SECONDS} s each…`,
    );
    const hostile = await measureHostileRequests({
      api,
      token: adminToken,
      seconds: LOAD_SECONDS,
      signInsPerMinute: Number(ENVIRONMENT_DEFAULTS.AUTH_REQUEST_LIMIT_PER_IP),
      profileChangesPerMinute: 30,
    });
    printTable('Hostile requests: GET /api/v1/health/ready, 1 connection', [
      [...LOAD_HEADER, 'p99 / idle', 'goal'],
      [...loadRow('idle', hostile.idle), '1.00', ''],
      [...loadRow('under attack', hostile.underAttack), hostile.p99Ratio.toFixed(2), '≤ 2.00'],
      [...loadRow('  hostile sign-ins (refused)', hostile.signIns), '', ''],
      [...loadRow('  hostile PATCH /me (refused)', hostile.profiles), '', ''],
    ]);

    log('\nScaling out: a second API process behind a round-robin balancer…');
    const scaling = await measureScaling(
      { url: api, pid: pids.api, port: ports.api },
      env,
      running,
      adminToken,
    );

    printUsage([
      ...reads.map((read): [string, Usage] => [`reads: ${read.name}`, read.usage]),
      ['writes: raw pg baseline', writes.rawUsage],
      ['writes: API PUTs', writes.apiUsage],
      ['deadline burst, until summaries caught up', burst.usage],
    ]);
    const lifetimePeak = {
      apiMiB: peakRssSinceStartMiB(pids.api),
      workerMiB: peakRssSinceStartMiB(pids.worker),
    };
    log(
      `Peak RSS since start (VmHWM): API ${lifetimePeak.apiMiB} MiB, worker ${lifetimePeak.workerMiB} MiB.`,
    );

    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    const writeErrors = writes.apiFailures;
    const burstErrors = burst.burst.errors + burst.burst.non2xx;
    printTable('Goals', [
      ['goal', 'figure', 'target', 'result'],
      ...reads.map((read) => [
        `1. read ${read.name}: share of ${read.baseline} req/s`,
        percent(read.ratio),
        `≥ ${percent(read.goal)}`,
        met(read.ratio >= read.goal),
      ]),
      ['2. write: requests per second', round(writes.api.requestsPerSecond, 0), '(no goal)', '—'],
      [
        `2. write: p99 at ${CONNECTIONS} connections (median pair; every pair ${writes.pairs.map((pair) => pair.apiP99Ms).join(', ')} ms)`,
        `${writes.api.latencyP99Ms} ms (raw ${writes.raw.latencyP99Ms} ms)`,
        `≤ ${GOALS.writeP99Ms} ms`,
        met(writes.api.latencyP99Ms <= GOALS.writeP99Ms),
      ],
      [
        `2. write: p99 at ${writes.paced.offeredPerSecond} saves/s offered (half the raw pool's)`,
        `${writes.paced.api.latencyP99Ms} ms (${round(writes.paced.offeredPerSecond / writes.api.requestsPerSecond)} of the API's ceiling)`,
        '(no goal)',
        '—',
      ],
      [
        '2. write: share of the raw pg pool',
        percent(writes.ratio),
        '≥ 60%',
        met(writes.ratio >= GOALS.writeShareOfRaw),
      ],
      ['2. write: errors and non-2xx, every API save', writeErrors, '0', met(writeErrors === 0)],
      [
        '2. write: audit events / outbox messages per 200',
        `${writes.rows.audit} / ${writes.rows.outbox} for ${writes.rows.updates}`,
        'one each',
        met(
          writes.rows.audit === writes.rows.updates && writes.rows.outbox === writes.rows.updates,
        ),
      ],
      ['3. burst: errors and non-2xx', burstErrors, '0', met(burstErrors === 0)],
      [
        '4. /health/ready p99 under hostile requests / idle',
        hostile.p99Ratio.toFixed(2),
        '≤ 2.00',
        met(hostile.p99Ratio <= GOALS.hostileP99Ratio),
      ],
      [
        '6. read with two API processes / one (machine busy)',
        `${scaling.ratio.toFixed(2)} (${scaling.two.usage.machineBusyPercent}%)`,
        '(no goal)',
        '—',
      ],
      ['3. burst: actual / ideal time', burst.actualOverIdeal.toFixed(2), '(no goal)', '—'],
      [
        '3. burst: summaries caught up after',
        burst.summariesSecondsAfterBurst === null
          ? 'never'
          : `${burst.summariesSecondsAfterBurst} s`,
        '(no goal)',
        '—',
      ],
      [
        '5. API start-up / bare',
        round(startUp.apiMs / startUp.bareMs).toFixed(2),
        '(no goal)',
        '—',
      ],
      [
        '5. worker start-up / bare',
        round(startUp.workerMs / startUp.bareMs).toFixed(2),
        '(no goal)',
        '—',
      ],
      [
        '5. peak RSS, API / worker',
        `${lifetimePeak.apiMiB} / ${lifetimePeak.workerMiB} MiB`,
        '(no goal)',
        '—',
      ],
    ]);

    const file = writeResults('api', {
      dataset,
      connections: CONNECTIONS,
      seconds: LOAD_SECONDS,
      poolSize: bench.config.database.poolSize,
      startUp: {
        runs: RUNS,
        ...startUp,
        bare: bare.readyMs,
        api: apiStarts.readyMs,
        worker: workerStarts.readyMs,
      },
      reads,
      writes,
      burst: { ...burst, signInSeconds: round(signInSeconds, 1) },
      hostile,
      scaling,
      peakRssSinceStartMiB: lifetimePeak,
      goals: GOALS,
    });
    log(`\nResults written to ${file}`);
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
