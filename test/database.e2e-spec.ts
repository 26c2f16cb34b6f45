import { loadConfig } from '@app/config';
import {
  dataSourceOptions,
  MIGRATIONS_TABLE,
  retryingTransaction,
  revertMigrations,
  runMigrations,
} from '@app/database';
import { MIGRATIONS } from '@app/migrations';
import { TemporarilyUnavailable } from '@app/problems';
import { seedReferenceData } from '@app/reference';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../migrations/entities';
import { createEmptyDatabase, createTestDatabase } from './helpers/test-database';

async function openDataSource(url: string, withEntities = false): Promise<DataSource> {
  const dataSource = new DataSource({
    ...dataSourceOptions(loadConfig({ DATABASE_URL: url }), 'gcm9-test'),
    poolSize: 2,
    entities: withEntities ? ALL_ENTITIES : [],
  });
  return dataSource.initialize();
}

const tables = async (dataSource: DataSource): Promise<string[]> =>
  (
    await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    )
  ).map((row: { table_name: string }) => row.table_name);

describe('Migrations', () => {
  it('apply on an empty database, revert completely, and apply again', async () => {
    const database = await createEmptyDatabase();
    const config = loadConfig({ DATABASE_URL: database.url });
    const dataSource = await openDataSource(database.url);
    try {
      expect(await runMigrations(config)).toHaveLength(MIGRATIONS.length);
      const migrated = await tables(dataSource);
      expect(migrated).toEqual(
        expect.arrayContaining(['country', 'treaty_participation', 'process_membership', 'action']),
      );

      expect(await revertMigrations(config, 'all')).toBe(MIGRATIONS.length);
      expect(await tables(dataSource)).toEqual([MIGRATIONS_TABLE]);

      expect(await runMigrations(config)).toHaveLength(MIGRATIONS.length);
      expect(await tables(dataSource)).toEqual(migrated);
      expect(await runMigrations(config)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('leave nothing for db:generate to add: entities and migrations describe the same schema', async () => {
    const database = await createTestDatabase();
    const dataSource = await openDataSource(database.url, true);
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('enforce the rules in the database itself (foreign keys and checks)', async () => {
    const database = await createTestDatabase();
    const dataSource = await openDataSource(database.url);
    try {
      await expect(
        dataSource.query(
          `INSERT INTO process_membership VALUES ('RCM', 'ZZZ', 'member', 'm', 'Z', 'RCM-ABOUT', 'x', NULL)`,
        ),
      ).rejects.toThrow(/foreign key/);
      await expect(
        dataSource.query(`UPDATE reporting_period SET state = 'archived' WHERE code = '2025'`),
      ).rejects.toThrow(/reporting_period_state_valid/);
      await expect(
        dataSource.query(
          `UPDATE treaty_participation SET source_ids = '{}' WHERE participant = 'MEX' AND treaty_code = 'SOM'`,
        ),
      ).rejects.toThrow(/treaty_participation_sources_present/);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

describe('Reference data seed', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(); // already seeded once, from the template
    dataSource = await openDataSource(database.url);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const unchanged = (
    report: Record<string, { inserted: number; updated: number; deleted: number }>,
  ) =>
    Object.values(report).every(
      (change) => change.inserted + change.updated + change.deleted === 0,
    );

  it('changes nothing when run again', async () => {
    const before = await dataSource.query(
      `SELECT md5(string_agg(c::text, '|' ORDER BY iso3)) AS h FROM country c`,
    );
    const report = await seedReferenceData(dataSource, 'data/reference');
    expect(unchanged(report)).toBe(true);
    expect(
      await dataSource.query(
        `SELECT md5(string_agg(c::text, '|' ORDER BY iso3)) AS h FROM country c`,
      ),
    ).toEqual(before);
  });

  it('updates exactly the rows an edited data file changes, and keeps what admins own', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'gcm9-seed-'));
    try {
      cpSync('data/reference', directory, { recursive: true });
      const countries = join(directory, 'countries.csv');
      writeFileSync(
        countries,
        readFileSync(countries, 'utf8').replace(',Belize,Belize,', ',Belize (renamed),Belize,'),
      );
      const memberships = join(directory, 'rcp_membership.csv');
      writeFileSync(
        memberships,
        readFileSync(memberships, 'utf8')
          .split('\n')
          .filter((line) => !line.includes(',RCM,NIC,'))
          .join('\n'),
      );
      await dataSource.query(`UPDATE reporting_period SET state = 'closed' WHERE code = '2019'`);
      await dataSource.query(`DELETE FROM action_area WHERE action_code = 'e' AND area_code = 3`);

      const report = await seedReferenceData(dataSource, directory);
      expect(report.country).toEqual({ inserted: 0, updated: 1, deleted: 0 });
      expect(report.process_membership).toEqual({ inserted: 0, updated: 0, deleted: 1 });
      expect(report.reporting_period).toEqual({ inserted: 0, updated: 0, deleted: 0 });
      const [{ name }] = await dataSource.query(`SELECT name FROM country WHERE iso3 = 'BLZ'`);
      expect(name).toBe('Belize (renamed)');
      const [{ state }] = await dataSource.query(
        `SELECT state FROM reporting_period WHERE code = '2019'`,
      );
      expect(state).toBe('closed');

      const restored = await seedReferenceData(dataSource, 'data/reference');
      expect(restored.country.updated).toBe(1);
      expect(restored.process_membership.inserted).toBe(1);
      expect(restored.action_area).toEqual({ inserted: 0, updated: 0, deleted: 0 });
      const areasOfE = await dataSource.query(
        `SELECT area_code FROM action_area WHERE action_code = 'e'`,
      );
      expect(areasOfE).toEqual([{ area_code: 4 }]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('never overwrites treaty rows an admin imported from the UN Treaty Collection', async () => {
    await dataSource.query(
      `UPDATE treaty_participation SET status = 'party', consent_date = '2024-01-15', consent_kind = 'ratification',
              origin = 'untc_import', source_ids = '{UNTC-MTDSG-2024}', status_as_of = '2024-04-26'
        WHERE treaty_code = 'SOM' AND participant = 'THA'`,
    );
    const report = await seedReferenceData(dataSource, 'data/reference');
    expect(unchanged(report)).toBe(true);
    const [row] = await dataSource.query(
      `SELECT status, origin FROM treaty_participation WHERE treaty_code = 'SOM' AND participant = 'THA'`,
    );
    expect(row).toEqual({ status: 'party', origin: 'untc_import' });
  });
});

describe('Transactions that lose a race', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.url);
    await dataSource.query(`CREATE TABLE race (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)`);
    await dataSource.query(`INSERT INTO race (id) VALUES (1), (2)`);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('run again after PostgreSQL breaks a real deadlock between them, and both land', async () => {
    const tries = { forward: 0, backward: 0 };
    const crossing = (first: number, second: number, name: keyof typeof tries) =>
      retryingTransaction(dataSource, async (manager) => {
        tries[name] += 1;
        await manager.query(`UPDATE race SET n = n + 1 WHERE id = $1`, [first]);
        // Both hold their first row before either asks for the other's: a deadlock.
        await manager.query(`SELECT pg_sleep(0.2)`);
        await manager.query(`UPDATE race SET n = n + 1 WHERE id = $1`, [second]);
      });
    await Promise.all([crossing(1, 2, 'forward'), crossing(2, 1, 'backward')]);
    expect(tries.forward + tries.backward).toBe(3);
    expect(await dataSource.query(`SELECT id, n FROM race ORDER BY id`)).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });

  it('answer 503 with Retry-After, not 500, when the race is lost every time', async () => {
    let tries = 0;
    const doomed = retryingTransaction(dataSource, async (manager) => {
      tries += 1;
      await manager.query(
        `DO $$ BEGIN RAISE EXCEPTION 'lost' USING ERRCODE = 'serialization_failure'; END $$`,
      );
    });
    // A domain error now; the API's filter answers it 503 with Retry-After (problem-details.spec).
    await expect(doomed).rejects.toBeInstanceOf(TemporarilyUnavailable);
    await expect(doomed).rejects.toMatchObject({ retryAfterSeconds: 1 });
    expect(tries).toBe(4);
    await expect(
      retryingTransaction(dataSource, (manager) => manager.query(`SELECT 1/0`)),
    ).rejects.toThrow(/division by zero/);
  });
});
