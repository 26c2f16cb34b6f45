/**
 * npm run bench:imports — an administrator's bulk CSV (long form) of 10,000 rows, from the upload
 * to the preview stored (POST /api/v1/imports → GET /api/v1/imports/{id} says `previewed`): the
 * worker parses it, validates every report with PUT's rules and compares it with what is stored.
 * Baseline in the same run: a plain `COPY … FROM STDIN` of the same file into a scratch table
 * (psql's \copy, its process start included). Goal: the preview within 30 s on this machine; the
 * figure that travels between machines is the ratio.
 *
 * The API and the worker run in this process (as bench:summaries does): on a 2-core machine the
 * worker's job competes with nothing else of ours.
 */
import { spawn } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { createApiApp } from '../apps/api/src/create-api-app';
import { startTestWorker } from '../test/helpers/test-worker';
import { BENCH_ADMIN, BenchEnvironment, startBenchEnvironment } from './lib/bench-environment';
import { median, printTable, round, writeResults } from './lib/measure';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROWS = 10_000;
const PERIOD = '2027';
const GOAL_MS = 30_000;
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

interface Framework {
  actions: Array<{ code: string; checklist: Array<{ code: string }> }>;
}

/**
 * 10,000 rows over new reports of every UN member State's six actions: status, narrative,
 * areas, each checklist item's answer and note, and one evidence item.
 */
function longFormCsv(countries: string[], framework: Framework): string {
  const rows: string[][] = [['country', 'period', 'action', 'field', 'value', 'version']];
  const answers = ['yes', 'partial', 'no', 'unknown'];
  for (const country of countries)
    for (const action of framework.actions) {
      const row = (field: string, value: string) =>
        rows.push([country, PERIOD, action.code, field, value, '']);
      row('status', 'in_progress');
      row('narrative', `Measures of ${country} under action (${action.code}), as reported.`);
      row('areas', '1, 2');
      action.checklist.forEach((item, index) => {
        row(`checklist.${item.code}.answer`, answers[index % answers.length]);
        row(`checklist.${item.code}.note`, `Note on ${item.code}, with a reference, art. 12`);
      });
      row('evidence.1.kind', 'legislation');
      row('evidence.1.title', `Law of ${country} on the smuggling of migrants`);
      row('evidence.1.date', '2021-11-12');
      if (rows.length > ROWS)
        return rows
          .slice(0, ROWS + 1)
          .map((r) => r.map(quoted).join(','))
          .join('\n');
    }
  throw new Error(`Not enough reports for ${ROWS} rows`);
}

async function call<T>(url: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(url, { ...init, headers });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Upload → preview stored, as the uploader sees it: the time, and what the preview holds. */
async function timePreview(api: string, token: string, csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'bulk.csv');
  const started = process.hrtime.bigint();
  const { id } = await call<{ id: string }>(`${api}/api/v1/imports`, {
    method: 'POST',
    body: form,
    token,
  });
  for (;;) {
    const view = await call<{ state: string; failure: string | null; preview: { counts: object } }>(
      `${api}/api/v1/imports/${id}`,
      { token },
    );
    if (view.state === 'previewed')
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, counts: view.preview.counts };
    if (view.state === 'failed') throw new Error(`The import failed: ${view.failure}`);
    await sleep(50);
  }
}

/** The same file into a scratch table with COPY FROM STDIN (psql's \copy). */
async function timeCopy(bench: BenchEnvironment, csv: string): Promise<number> {
  await bench.dataSource.query('TRUNCATE bench_import_scratch');
  const started = process.hrtime.bigint();
  await new Promise<void>((resolve, reject) => {
    const psql = spawn(
      'psql',
      [
        bench.config.database.url,
        '-v',
        'ON_ERROR_STOP=1',
        '-qc',
        '\\copy bench_import_scratch FROM STDIN WITH (FORMAT csv, HEADER true)',
      ],
      { stdio: ['pipe', 'ignore', 'inherit'] },
    );
    psql.on('error', reject);
    psql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}`))));
    psql.stdin.end(csv);
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const [{ count }] = await bench.dataSource.query(
    'SELECT count(*)::int AS count FROM bench_import_scratch',
  );
  if (count !== ROWS) throw new Error(`COPY loaded ${count} rows, not ${ROWS}`);
  return ms;
}

async function main(): Promise<void> {
  log('Preparing a throwaway database…');
  const bench = await startBenchEnvironment();
  const app = await createApiApp(bench.config);
  const worker = await startTestWorker(bench.config);
  try {
    await app.listen(0, '127.0.0.1');
    const api = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const { accessToken } = await call<{ accessToken: string }>(`${api}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_ADMIN),
    });
    await call(`${api}/api/v1/periods`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ year: Number(PERIOD) }),
      token: accessToken,
    });
    const countries: Array<{ iso3: string }> = await bench.dataSource.query(
      'SELECT iso3 FROM country WHERE un_member ORDER BY iso3',
    );
    const framework = await call<Framework>(`${api}/api/v1/framework`, { token: accessToken });
    const csv = longFormCsv(
      countries.map((country) => country.iso3),
      framework,
    );
    await bench.dataSource.query(
      `CREATE TABLE bench_import_scratch (country text, period text, action text, field text,
                                          value text, version text)`,
    );
    log(`CSV of ${ROWS} rows, ${Buffer.byteLength(csv)} bytes; ${RUNS} runs of each…`);
    const copies: number[] = [];
    const previews: number[] = [];
    let counts: object = {};
    for (let run = 0; run < RUNS; run++) {
      copies.push(await timeCopy(bench, csv));
      const preview = await timePreview(api, accessToken, csv);
      previews.push(preview.ms);
      counts = preview.counts;
    }
    const copyMs = median(copies);
    const previewMs = median(previews);
    const ratio = previewMs / copyMs;
    printTable(`Bulk CSV of ${ROWS} rows: upload → preview stored (median of runs)`, [
      ['what', 'ms', 'ratio to COPY', 'goal'],
      ['COPY FROM STDIN into a scratch table', round(copyMs, 0), '1', ''],
      ['upload → preview stored', round(previewMs, 0), round(ratio, 0), `≤ ${GOAL_MS} ms`],
    ]);
    log(`Preview: ${JSON.stringify(counts)}; ${previewMs <= GOAL_MS ? 'within' : 'OVER'} the goal`);
    const file = writeResults('imports', {
      rows: ROWS,
      bytes: Buffer.byteLength(csv),
      runs: RUNS,
      copyMs: round(copyMs, 1),
      previewMs: round(previewMs, 1),
      ratio: round(ratio, 1),
      goalMs: GOAL_MS,
      counts,
    });
    log(`\nResults written to ${file}`);
  } finally {
    await worker.close();
    await app.close();
    await bench.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
