/**
 * Write load for bench:api, generated in a child process so that it never shares an event loop
 * with the bench process or the servers it measures. autocannon sends one fixed request; these
 * writes need state per request (each report's current ETag for If-Match, a save before its
 * submission), so they are written here as N concurrent loops over keep-alive connections.
 *
 * - `api-saves`: `PUT /api/v1/reports/…` of a full report with If-Match, each loop cycling
 *   through its own reports (no two loops ever write the same report, so no 412 is expected).
 * - `pg-saves`: the baseline, the same rows written per request by a raw `pg` pool in one
 *   transaction: update the report, replace its checklist answers and evidence, an audit event
 *   and an outbox message.
 * - `deadline-burst`: every focal point at once saves (creates) and submits six reports.
 *
 * The saves scenarios first run `warmSeconds` untimed in the same process, as a deployment's
 * processes are warm (the first seconds of a new code path run while V8 still compiles it: a
 * sixth of the API's CPU in its first write seconds). The parent calls `runWriteLoad(scenario,
 * onMeasuring)`; the child says when the timed part starts and answers with a WriteLoadResult.
 */
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { Pool, PoolClient } from 'pg';
import type { LoadResult } from './measure';
import { OWN_SCHEDULING_GROUP } from './services';

export interface ReportContent {
  status: string;
  narrative: string;
  areas: number[];
  checklist: Array<{ item: string; answer: string; note: string }>;
  evidence: Array<{ kind: string; title: string; url: string; date: string; reference: string }>;
}

interface Timed {
  connections: number;
  durationSeconds: number;
  /**
   * Requests a second offered in all, evenly spaced and dealt round-robin to the connections, each
   * timed from when it was due (a connection still waiting on its last answer sends late, and the
   * wait counts, as wrk2 does). Absent: each connection sends as soon as its last answer arrives.
   */
  offeredPerSecond?: number;
}

/** Saves: the same load, untimed, for this long before the timed part. */
interface Warmed extends Timed {
  warmSeconds: number;
}

export interface ApiSaves extends Warmed {
  kind: 'api-saves';
  baseUrl: string;
  /** The JSON body of a full report, per action. */
  bodies: Record<string, string>;
  reports: Array<{ path: string; action: string; token: string; version: number }>;
}

export interface PgSaves extends Warmed {
  kind: 'pg-saves';
  databaseUrl: string;
  poolSize: number;
  contents: Record<string, ReportContent>;
  reports: Array<{
    id: string;
    country: string;
    period: string;
    action: string;
    userId: string;
    email: string;
    version: number;
  }>;
}

export interface DeadlineBurst {
  kind: 'deadline-burst';
  baseUrl: string;
  bodies: Record<string, string>;
  period: string;
  actions: string[];
  focalPoints: Array<{ country: string; token: string }>;
}

export type WriteScenario = ApiSaves | PgSaves | DeadlineBurst;

export interface WriteLoadResult extends LoadResult {
  seconds: number;
  latencyMaxMs: number;
  /** Responses by HTTP status (pg-saves: 200 per committed transaction). */
  statuses: Record<string, number>;
  /** The first failure seen (status and body, or error message), to explain non-zero counts. */
  firstFailure: string | null;
  /** Epoch milliseconds, to relate the load to what happens after it in other processes. */
  startedAt: number;
  endedAt: number;
  /** Each report's version at the end (the saves scenarios), in the order given. */
  versions: number[];
  /** During the untimed warm-up (the saves scenarios): answers with status 200, and the rest. */
  warm: { updates: number; failures: number };
}

/** Counts every request's outcome and latency. */
class Recorder {
  private readonly latencies: number[] = [];
  private readonly statuses: Record<string, number> = {};
  private errors = 0;
  private firstFailure: string | null = null;

  /** Answers with status 200 so far. */
  get updates(): number {
    return this.statuses[200] ?? 0;
  }

  /** Requests that failed or were answered with another status so far. */
  get failures(): number {
    return this.errors + this.latencies.length - this.updates;
  }

  /**
   * Times one request from `due` (when it should have been sent; by default now); a thrown error
   * counts as an error and yields undefined.
   */
  async time<T extends { status: number; body?: string }>(
    send: () => Promise<T>,
    due = performance.now(),
  ): Promise<T | undefined> {
    const started = due;
    try {
      const reply = await send();
      this.latencies.push(performance.now() - started);
      this.statuses[reply.status] = (this.statuses[reply.status] ?? 0) + 1;
      if (reply.status >= 300) this.firstFailure ??= `${reply.status} ${reply.body ?? ''}`;
      return reply;
    } catch (error) {
      this.errors += 1;
      this.firstFailure ??= error instanceof Error ? error.message : String(error);
      return undefined;
    }
  }

  result(
    started: number,
    startedAt: number,
    versions: number[],
    warm = { updates: 0, failures: 0 },
  ): WriteLoadResult {
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (share: number) =>
      sorted.length
        ? round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))])
        : 0;
    const requests = sorted.length + this.errors;
    return {
      requestsPerSecond: sorted.length / seconds,
      latencyP50Ms: at(0.5),
      latencyP99Ms: at(0.99),
      latencyMaxMs: round(sorted[sorted.length - 1] ?? 0),
      requests,
      errors: this.errors,
      non2xx: Object.entries(this.statuses)
        .filter(([status]) => Number(status) >= 300)
        .reduce((sum, [, count]) => sum + count, 0),
      statuses: this.statuses,
      firstFailure: this.firstFailure,
      seconds,
      startedAt,
      endedAt: Date.now(),
      versions,
      warm,
    };
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const versionOf = (etag: string | undefined) => Number(etag?.replace(/\D/g, ''));
const REQUEST_TIMEOUT_MS = 60_000;

function send(
  agent: Agent,
  url: string,
  method: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; etag?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            etag: res.headers.etag,
            body: Buffer.concat(chunks).toString().slice(0, 500),
          }),
        );
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * `connections` loops until the deadline; loop n takes the items whose index ≡ n (mod
 * connections), in turn, so each item is only ever touched by one loop. `step` gets the time its
 * request is due: now, or under an offered rate its place in the even schedule.
 */
async function loops(
  scenario: Timed,
  items: number,
  step: (index: number, due: number) => Promise<void>,
): Promise<void> {
  const start = performance.now();
  const deadline = start + scenario.durationSeconds * 1000;
  const { connections, offeredPerSecond } = scenario;
  const loop = async (n: number) => {
    const own = Array.from(
      { length: Math.ceil((items - n) / connections) },
      (_, i) => n + i * connections,
    );
    for (let turn = 0; ; turn += 1) {
      const due = offeredPerSecond
        ? start + ((turn * connections + n) * 1000) / offeredPerSecond
        : performance.now();
      if (due >= deadline) return;
      if (due > performance.now()) await sleep(due - performance.now());
      await step(own[turn % own.length], due);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(scenario.connections, items) }, (_, n) => loop(n)),
  );
}

/**
 * Runs `step` untimed for `warmSeconds`, tells the parent, then times it for `durationSeconds`.
 */
async function warmThenTimed(
  scenario: Warmed,
  items: number,
  step: (recorder: Recorder, index: number, due: number) => Promise<void>,
  versions: number[],
): Promise<WriteLoadResult> {
  const warm = new Recorder();
  const warmLoad = { ...scenario, durationSeconds: scenario.warmSeconds };
  if (scenario.warmSeconds > 0)
    await loops(warmLoad, items, (index, due) => step(warm, index, due));
  process.send?.(MEASURING);
  const recorder = new Recorder();
  const started = performance.now();
  const startedAt = Date.now();
  await loops(scenario, items, (index, due) => step(recorder, index, due));
  return recorder.result(started, startedAt, versions, {
    updates: warm.updates,
    failures: warm.failures,
  });
}

async function apiSaves(scenario: ApiSaves): Promise<WriteLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: scenario.connections });
  const versions = scenario.reports.map((report) => report.version);
  const save = async (recorder: Recorder, index: number, due: number) => {
    const report = scenario.reports[index];
    const reply = await recorder.time(
      () =>
        send(
          agent,
          `${scenario.baseUrl}${report.path}`,
          'PUT',
          {
            authorization: `Bearer ${report.token}`,
            'content-type': 'application/json',
            'if-match': `"${versions[index]}"`,
          },
          scenario.bodies[report.action],
        ),
      due,
    );
    if (reply?.status === 200) versions[index] = versionOf(reply.etag);
  };
  const result = await warmThenTimed(scenario, scenario.reports.length, save, versions);
  agent.destroy();
  return result;
}

/** One save as the raw client does it: the same rows the API writes, nothing else. */
async function saveWithPg(
  client: PoolClient,
  report: PgSaves['reports'][number],
  version: number,
  content: PreparedContent,
): Promise<number> {
  await client.query('BEGIN');
  try {
    const updated = await client.query(
      `UPDATE report SET status = $2, narrative = $3, areas = $4, version = version + 1, updated_at = now(), updated_by = $5
        WHERE id = $1 AND version = $6 AND state IN ('draft', 'returned') RETURNING version`,
      [report.id, content.status, content.narrative, content.areas, report.userId, version],
    );
    if (updated.rowCount !== 1) throw new Error(`stale version ${version} of report ${report.id}`);
    await client.query(`DELETE FROM report_checklist_answer WHERE report_id = $1`, [report.id]);
    await client.query(`DELETE FROM report_evidence WHERE report_id = $1`, [report.id]);
    await client.query(
      `INSERT INTO report_checklist_answer (report_id, item_code, answer, note)
       SELECT $1, x.item, x.answer, x.note FROM jsonb_to_recordset($2::jsonb) AS x(item text, answer text, note text)`,
      [report.id, content.checklistJson],
    );
    await client.query(
      `INSERT INTO report_evidence (report_id, position, kind, title, url, date, reference)
       SELECT $1, x.position, x.kind, x.title, x.url, x.date, x.reference
         FROM jsonb_to_recordset($2::jsonb) AS x(position int, kind text, title text, url text, date date, reference text)`,
      [report.id, content.evidenceJson],
    );
    // The API's audit event holds the content before and after; so does this one.
    await client.query(
      `INSERT INTO audit_event (actor_id, actor_email, request_id, ip, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, '127.0.0.1', 'report.updated', 'report', $4, $5::jsonb, $5::jsonb)`,
      [report.userId, report.email, `bench-${report.id}-${version}`, report.id, content.json],
    );
    // The API keeps the content of every version it writes (history, comparisons); so does this.
    await client.query(
      `INSERT INTO record_version (record_type, entity_id, version, content)
       VALUES ('report', $1, $2, $3::jsonb) ON CONFLICT DO NOTHING`,
      [report.id, updated.rows[0].version, content.json],
    );
    await client.query(`INSERT INTO outbox_message (topic, payload) VALUES ($1, $2::jsonb)`, [
      'reporting.changed',
      // As the API's: a draft's change, which only its own period's summaries count.
      JSON.stringify({ country: report.country, period: report.period, validatedChanged: false }),
    ]);
    await client.query('COMMIT');
    return updated.rows[0].version;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

interface PreparedContent extends ReportContent {
  json: string;
  checklistJson: string;
  evidenceJson: string;
}

async function pgSaves(scenario: PgSaves): Promise<WriteLoadResult> {
  // The API's pool settings: the same size, JIT off for its connections.
  const pool = new Pool({
    connectionString: scenario.databaseUrl,
    max: scenario.poolSize,
    options: '-c jit=off',
  });
  const prepared: Record<string, PreparedContent> = Object.fromEntries(
    Object.entries(scenario.contents).map(([action, content]) => [
      action,
      {
        ...content,
        json: JSON.stringify(content),
        checklistJson: JSON.stringify(content.checklist),
        evidenceJson: JSON.stringify(
          content.evidence.map((entry, index) => ({ ...entry, position: index + 1 })),
        ),
      },
    ]),
  );
  const versions = scenario.reports.map((report) => report.version);
  const save = async (recorder: Recorder, index: number, due: number) => {
    const report = scenario.reports[index];
    await recorder.time(async () => {
      const client = await pool.connect();
      try {
        versions[index] = await saveWithPg(
          client,
          report,
          versions[index],
          prepared[report.action],
        );
        return { status: 200 };
      } finally {
        client.release();
      }
    }, due);
  };
  const result = await warmThenTimed(scenario, scenario.reports.length, save, versions);
  await pool.end();
  return result;
}

/**
 * All focal points at once, each with six connections (a browser's limit per host), each
 * connection creating one report and submitting it with the ETag the save returned.
 */
async function deadlineBurst(scenario: DeadlineBurst): Promise<WriteLoadResult> {
  process.send?.(MEASURING);
  const recorder = new Recorder();
  const started = performance.now();
  const startedAt = Date.now();
  await Promise.all(
    scenario.focalPoints.map(async (focalPoint) => {
      const agent = new Agent({ keepAlive: true, maxSockets: scenario.actions.length });
      const authorization = `Bearer ${focalPoint.token}`;
      await Promise.all(
        scenario.actions.map(async (action) => {
          const url = `${scenario.baseUrl}/api/v1/reports/${focalPoint.country}/${scenario.period}/${action}`;
          const saved = await recorder.time(() =>
            send(
              agent,
              url,
              'PUT',
              { authorization, 'content-type': 'application/json' },
              scenario.bodies[action],
            ),
          );
          if (saved?.status !== 201 || !saved.etag) return;
          await recorder.time(() =>
            send(agent, `${url}/submit`, 'POST', { authorization, 'if-match': saved.etag! }),
          );
        }),
      );
      agent.destroy();
    }),
  );
  return recorder.result(started, startedAt, []);
}

const SCENARIOS: {
  [K in WriteScenario['kind']]: (
    scenario: Extract<WriteScenario, { kind: K }>,
  ) => Promise<WriteLoadResult>;
} = { 'api-saves': apiSaves, 'pg-saves': pgSaves, 'deadline-burst': deadlineBurst };

/** The child's message when a saves scenario's timed part starts. */
const MEASURING = 'measuring';

/**
 * Runs a scenario in a child process (this file) and returns what it measured; `onMeasuring` is
 * called when the timed part starts (at once for the burst).
 */
export function runWriteLoad(
  scenario: WriteScenario,
  onMeasuring: () => void = () => undefined,
): Promise<WriteLoadResult> {
  const child = fork(__filename, [], {
    execArgv: ['-r', 'ts-node/register'],
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
    ...OWN_SCHEDULING_GROUP,
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: typeof MEASURING | WriteLoadResult | { error: string }) => {
      if (message === MEASURING) onMeasuring();
      else if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
    child.once('exit', (code) => reject(new Error(`The write load process exited (${code})`)));
    child.send(scenario);
  });
}

if (require.main === module) {
  // Ends with the bench process, whatever happens to it.
  process.on('disconnect', () => process.exit(1));
  process.once('message', (scenario: WriteScenario) => {
    const run = SCENARIOS[scenario.kind] as (s: WriteScenario) => Promise<WriteLoadResult>;
    run(scenario).then(
      (result) => process.send?.(result, () => process.exit(0)),
      (error: unknown) =>
        process.send?.({ error: error instanceof Error ? error.stack : String(error) }, () =>
          process.exit(1),
        ),
    );
  });
}
