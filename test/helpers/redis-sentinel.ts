import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/** A Redis Sentinel on a free loopback port that monitors one primary under a name. */
export interface PrivateSentinel {
  port: number;
  stop(): Promise<void>;
}

export async function startSentinel(
  primaryPort: number,
  primaryName: string,
): Promise<PrivateSentinel> {
  const port = await freePort();
  // Sentinel rewrites its configuration file: it needs a writable one of its own.
  const dir = mkdtempSync(join(tmpdir(), 'gcm9-sentinel-'));
  const file = join(dir, 'sentinel.conf');
  writeFileSync(
    file,
    [
      `port ${port}`,
      'bind 127.0.0.1',
      `sentinel monitor ${primaryName} 127.0.0.1 ${primaryPort} 1`,
      `sentinel down-after-milliseconds ${primaryName} 1000`,
      `sentinel failover-timeout ${primaryName} 5000`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('redis-server', [file, '--sentinel'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-sentinel did not start')), 10000);
    child.stdout?.on('data', (chunk: Buffer) => {
      // Ready once it monitors the primary.
      if (chunk.toString().includes('+monitor')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
