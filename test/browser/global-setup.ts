// The e2e template database, plus one production build of the web app for every browser test
// file (built into a temporary folder that the test apps serve at `/`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import e2eGlobalSetup from '../helpers/global-setup';

export const WEB_DIST_ENV = 'GCM9_TEST_WEB_DIST';

export default async function globalSetup(): Promise<void> {
  await e2eGlobalSetup();
  const root = resolve(__dirname, '../..');
  const outDir = mkdtempSync(join(tmpdir(), 'gcm9-web-'));
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        // Jest sets NODE_ENV=test, which would give React's development build: test what ships.
        NODE_ENV: 'production',
        WEB_OUT_DIR: outDir,
        VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  process.env[WEB_DIST_ENV] = outDir;
}
