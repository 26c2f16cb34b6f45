import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { OWN_SCHEDULING_GROUP } from './services';

/** Runs `work` `times` times and returns each duration in milliseconds. */
export async function timeRuns(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = process.hrtime.bigint();
    await work();
    durations.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return durations;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Of alternating baseline/app measurements, the one whose ratio is the median (odd counts). */
export const medianPair = <Pair extends { ratio: number }>(pairs: Pair[]): Pair =>
  [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor(pairs.length / 2)];

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/**
 * Load from a separate process (autocannon's CLI), so the load generator never competes with
 * the server for the event loop it measures.
 */
export async function loadTest(options: {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Requests per second across all connections (default: as fast as the server answers). */
  overallRate?: number;
}): Promise<LoadResult> {
  const args = [
    require.resolve('autocannon/autocannon.js'),
    '--json',
    '--connections',
    String(options.connections),
    '--duration',
    String(options.durationSeconds),
    '--method',
    options.method ?? 'GET',
  ];
  for (const [name, value] of Object.entries(options.headers ?? {}))
    args.push('--headers', `${name}=${value}`);
  if (options.body !== undefined) args.push('--body', options.body);
  if (options.overallRate !== undefined) args.push('--overallRate', String(options.overallRate));
  args.push(options.url);
  const result = JSON.parse(await outputOf(process.execPath, args));
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** What a command prints on stdout, run in a scheduling group of its own. */
function outputOf(command: string, args: string[]): Promise<string> {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...OWN_SCHEDULING_GROUP,
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(stdout).toString())
        : reject(new Error(`${command} exited with ${code}: ${Buffer.concat(stderr).toString()}`)),
    );
  });
}

export const machine = () => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
});

/** Prints a table of rows (first row: headers). */
export function printTable(title: string, rows: Array<Array<string | number>>): void {
  const text = rows.map((row) => row.map(String));
  const widths = text[0].map((_, column) => Math.max(...text.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`${line(text[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of text.slice(1)) process.stdout.write(`${line(row)}\n`);
}

/** Writes a benchmark's figures to bench/results/<name>.json. */
export function writeResults(name: string, results: object): string {
  const directory = join(__dirname, '..', 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ name, measuredAt: new Date().toISOString(), machine: machine(), ...results }, null, 2)}\n`,
  );
  return file;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
