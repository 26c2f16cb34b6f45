/** Host, port and database name of a postgres:// URL, for messages and admin connections. */
export interface ConnectionTarget {
  host: string;
  port: number;
  database: string;
}

export function connectionTarget(databaseUrl: string): ConnectionTarget {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname || 'localhost',
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
  };
}

/** The same server, but the `postgres` maintenance database (to create or drop others). */
export function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}
