import { AppConfig, exitOnStartupFailure, loadConfig, loadDotEnvFile } from '@app/config';
import {
  assertPostgresReachable,
  connectionTarget,
  dataSourceOptions,
  ensureDatabaseExists,
  revertMigrations,
  runMigrations,
} from '@app/database';
import { ensureFirstAdmin } from '@app/auth';
import { SeedReport, seedReferenceData } from '@app/reference';
import { DataSource } from 'typeorm';

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const USAGE = `Usage: gcm9 <command>
  db:create    create the database named in DATABASE_URL when it does not exist
  db:migrate   apply pending migrations
  db:revert    revert the last migration (--all: every migration)
  seed         load the reference data files (idempotent)
  admin        create the first admin when none exists (ADMIN_EMAIL, ADMIN_PASSWORD)
  setup        db:create, db:migrate, seed and admin, in that order`;

function describeSeed(report: SeedReport): string {
  const changed = Object.entries(report).filter(([, c]) => c.inserted + c.updated + c.deleted > 0);
  if (changed.length === 0) return 'Reference data already up to date (no rows changed).';
  return `Reference data loaded: ${changed
    .map(([table, c]) => `${table} +${c.inserted} ~${c.updated} -${c.deleted}`)
    .join(', ')}`;
}

async function seed(config: AppConfig): Promise<void> {
  const dataSource = new DataSource({ ...dataSourceOptions(config, 'gcm9-seed'), poolSize: 1 });
  await dataSource.initialize();
  try {
    out(describeSeed(await seedReferenceData(dataSource, config.referenceDataDir)));
  } finally {
    await dataSource.destroy();
  }
}

async function admin(config: AppConfig): Promise<void> {
  const dataSource = new DataSource({ ...dataSourceOptions(config, 'gcm9-setup'), poolSize: 1 });
  await dataSource.initialize();
  try {
    const outcome = await ensureFirstAdmin(dataSource, config);
    if (!outcome.created) return out('An active admin exists.');
    const password = outcome.generatedPassword ?? '(the ADMIN_PASSWORD you set)';
    out(
      `Created the first admin. Sign in at ${config.appBaseUrl}/ (or the API at ${config.appBaseUrl}/api/docs) with:`,
    );
    out(`  email:    ${outcome.email}`);
    out(`  password: ${password}`);
    if (outcome.generatedPassword)
      out('  (shown once: note it, or set ADMIN_EMAIL and ADMIN_PASSWORD before the first start)');
  } finally {
    await dataSource.destroy();
  }
}

async function migrate(config: AppConfig): Promise<void> {
  const applied = await runMigrations(config);
  out(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'No pending migrations.');
}

async function create(config: AppConfig): Promise<void> {
  const { host, port, database } = connectionTarget(config.database.url);
  const created = await ensureDatabaseExists(config.database.url);
  out(
    created
      ? `Created database "${database}" on ${host}:${port}.`
      : `Database "${database}" exists.`,
  );
}

async function main(argv: string[]): Promise<void> {
  loadDotEnvFile();
  const config = loadConfig();
  const [command, ...flags] = argv;
  switch (command) {
    case 'db:create':
      return create(config);
    case 'db:migrate':
      await assertPostgresReachable(config.database.url);
      return migrate(config);
    case 'db:revert': {
      await assertPostgresReachable(config.database.url);
      const reverted = await revertMigrations(config, flags.includes('--all') ? 'all' : 1);
      return out(`Reverted ${reverted} migration(s).`);
    }
    case 'seed':
      await assertPostgresReachable(config.database.url);
      return seed(config);
    case 'admin':
      await assertPostgresReachable(config.database.url);
      return admin(config);
    case 'setup':
      await create(config);
      await migrate(config);
      await seed(config);
      return admin(config);
    default:
      out(USAGE);
      process.exitCode = command === undefined || command === 'help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).catch(exitOnStartupFailure);
