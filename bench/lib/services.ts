import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const READY_POLL_MS = 20;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const OUTPUT_TAIL_CHARS = 4000;
// Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ) on every common platform.
const TICKS_PER_SECOND = 100;

/**
 * Spawn options that give a process a session, hence a scheduling group, of its own (Linux's
 * autogroups), as a container gets its own cgroup in a deployment. In one session the API, the
 * worker and the load generator shared one group, which got no more CPU than PostgreSQL's (a
 * service in its own session) however many processes were in it: the API got about half a core
 * while it had work for more.
 */
export const OWN_SCHEDULING_GROUP = { detached: true } as const;

/** A server started in a process of its own (a built app, or the bare baseline). */
export interface Service {
  name: string;
  child: ChildProcess;
  pid: number;
  /** From spawn to the first successful answer of its readiness URL. */
  readyMs: number;
  /** The end of what it printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A TCP port free right now on 127.0.0.1, for a child to listen on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('No free port');
  return address.port;
}

/**
 * Runs `node <script>` and waits until `readyUrl` answers 2xx, polling every 20 ms: the time
 * measured is what an orchestrator waiting on a readiness probe would see.
 */
export async function startService(options: {
  name: string;
  script: string;
  env: NodeJS.ProcessEnv;
  readyUrl: string;
  cwd: string;
  ipc?: boolean;
  /** Options for node itself, e.g. --cpu-prof. */
  nodeOptions?: string[];
}): Promise<Service> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), options.script], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
    ...OWN_SCHEDULING_GROUP,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const service: Service = {
    name: options.name,
    child,
    pid: child.pid ?? 0,
    readyMs: 0,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`${options.name} exited before it was ready:\n${output}`);
      if (performance.now() - started > READY_TIMEOUT_MS)
        throw new Error(`${options.name} not ready after ${READY_TIMEOUT_MS} ms:\n${output}`);
      const ok = await fetch(options.readyUrl, { signal: AbortSignal.timeout(2000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
    }
  } catch (error) {
    await service.stop();
    throw error;
  }
  service.readyMs = performance.now() - started;
  return service;
}

export interface ProcessUsage {
  /** Highest resident set size sampled (VmRSS, every 100 ms). */
  peakRssMiB: number;
  /** User + system CPU time used while watched. */
  cpuSeconds: number;
}

export interface Usage {
  processes: Record<string, ProcessUsage>;
  /** Share of all cores busy while watched (100: every core busy), from /proc/stat. */
  machineBusyPercent: number;
}

const rssKiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

const cpuTicks = (pid: number) => {
  // Fields after "pid (comm) ": utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

const machineTicks = () => {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const numbers = values.map(Number);
  const total = numbers.reduce((sum, value) => sum + value, 0);
  return { total, idle: numbers[3] + numbers[4] };
};

/** Peak VmHWM of a process: its highest resident set size since it started. */
export const peakRssSinceStartMiB = (pid: number) =>
  Math.round(
    Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
  );

/**
 * Watches processes' memory (VmRSS every 100 ms) and CPU time, and the machine's CPU, from now
 * until `stop()`: what a phase of load cost each of them.
 */
export function watchUsage(pids: Record<string, number>): { stop(): Usage } {
  const names = Object.keys(pids);
  const peak = Object.fromEntries(names.map((name) => [name, rssKiB(pids[name])]));
  const cpuAtStart = Object.fromEntries(names.map((name) => [name, cpuTicks(pids[name])]));
  const machineAtStart = machineTicks();
  const timer = setInterval(() => {
    for (const name of names) peak[name] = Math.max(peak[name], rssKiB(pids[name]));
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      const machine = machineTicks();
      const total = machine.total - machineAtStart.total;
      const idle = machine.idle - machineAtStart.idle;
      return {
        processes: Object.fromEntries(
          names.map((name) => [
            name,
            {
              peakRssMiB: Math.round(peak[name] / 1024),
              cpuSeconds: (cpuTicks(pids[name]) - cpuAtStart[name]) / TICKS_PER_SECOND,
            },
          ]),
        ),
        machineBusyPercent: total > 0 ? Math.round(((total - idle) / total) * 100) : 0,
      };
    },
  };
}
