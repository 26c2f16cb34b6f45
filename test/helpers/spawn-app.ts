import { ChildProcess, spawn } from 'node:child_process';

/** Runs an app's main.ts as a real process (ts-node, no build needed), for start-up tests. */
export interface SpawnedApp {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

export function spawnApp(entry: string, env: Record<string, string>): SpawnedApp {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry],
    {
      env: {
        PATH: process.env.PATH ?? '',
        TS_NODE_PROJECT: 'tsconfig.json',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitFor(pattern, timeoutMs = 90000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out + err)) {
        if (child.exitCode !== null)
          throw new Error(`Exited with ${child.exitCode}: ${err || out}`);
        if (Date.now() > deadline)
          throw new Error(`Timed out waiting for ${pattern}: ${err || out}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
