// Database administration on a maintenance connection (catalog look-ups, CREATE and DROP
// DATABASE): its own query module, with the raw `pg` client TypeORM cannot give before the
// database exists.
import { StartupError } from '@app/config';
import { Client } from 'pg';
import { connectionTarget, maintenanceUrl } from './connection-target';

const CONNECT_TIMEOUT_MS = 5000;

const HOW_TO_START =
  'Start PostgreSQL (Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start; ' +
  'Docker: docker compose up -d postgres) or set DATABASE_URL.';

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function unreachable(databaseUrl: string, error: unknown): StartupError {
  const { host, port, database } = connectionTarget(databaseUrl);
  const code = (error as { code?: string }).code;
  const reason = error instanceof Error ? error.message : String(error);
  if (code === '3D000') {
    return new StartupError(
      `PostgreSQL at ${host}:${port} has no database "${database}" (DATABASE_URL). ` +
        'Create, migrate and seed it with: npm run db:setup',
    );
  }
  if (code === '28P01' || code === '28000') {
    return new StartupError(
      `PostgreSQL at ${host}:${port} refused the login in DATABASE_URL: ${reason}`,
    );
  }
  return new StartupError(
    `Cannot reach PostgreSQL at ${host}:${port} (DATABASE_URL): ${reason || code}. ${HOW_TO_START}`,
  );
}

/** Fails with one clear line when the database cannot be reached (before Nest starts). */
export async function assertPostgresReachable(databaseUrl: string): Promise<void> {
  try {
    await withClient(databaseUrl, (client) => client.query('SELECT 1'));
  } catch (error) {
    throw unreachable(databaseUrl, error);
  }
}

/** Creates the database named in the URL when it does not exist yet; returns whether it did. */
export async function ensureDatabaseExists(
  databaseUrl: string,
  template?: string,
): Promise<boolean> {
  const { database } = connectionTarget(databaseUrl);
  try {
    return await withClient(maintenanceUrl(databaseUrl), async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount) return false;
      const from = template ? ` TEMPLATE ${quoteIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${quoteIdentifier(database)}${from}`);
      return true;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') return false; // created concurrently
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('42'))
      throw error;
    throw unreachable(databaseUrl, error);
  }
}

/** Drops the database named in the URL, closing its other sessions first. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const { database } = connectionTarget(databaseUrl);
  await withClient(maintenanceUrl(databaseUrl), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)} WITH (FORCE)`),
  );
}
