import { rmSync } from 'node:fs';
import e2eGlobalTeardown from '../helpers/global-teardown';
import { WEB_DIST_ENV } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const outDir = process.env[WEB_DIST_ENV];
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  await e2eGlobalTeardown();
}
