import { DataSource } from 'typeorm';
import { COUNTRY_COLUMNS } from '../services/countries.queries';
import {
  countryRows,
  CsvRow,
  figureTreaty,
  FrameworkFile,
  membershipRole,
  periodRows,
  readCsv,
  readFramework,
} from './reference-files';
import { seedFramework } from './seed-framework';
import { seedTreaties } from './seed-treaties';
import { SeedReport, Seeder } from './seeder';

export type { SeedReport } from './seeder';

function assertSourcesKnown(known: Set<string>, used: Iterable<[string, string[]]>): void {
  const missing = [...used].flatMap(([where, ids]) =>
    ids.filter((id) => !known.has(id)).map((id) => `${id} (${where})`),
  );
  if (missing.length > 0) {
    throw new Error(`Reference data cites sources missing from sources.csv: ${missing.join(', ')}`);
  }
}

async function seedSourcesAndCountries(
  seeder: Seeder,
  sources: CsvRow[],
  directory: string,
): Promise<void> {
  await seeder.sync(
    'source',
    { id: 'text', description: 'text', url: 'text', used_for: 'text' },
    ['id'],
    sources.map((row) => ({
      id: row.source_id,
      description: row.description,
      url: row.url || null,
      used_for: row.used_for,
    })),
  );
  await seeder.sync(
    'country',
    COUNTRY_COLUMNS,
    ['iso3'],
    countryRows(readCsv(directory, 'countries.csv')),
  );
}

async function seedFigures(seeder: Seeder, figures: CsvRow[]): Promise<void> {
  await seeder.sync(
    'reference_figure',
    {
      id: 'text',
      topic: 'text',
      figure: 'text',
      value: 'text',
      unit: 'text',
      reference_date: 'text',
      treaty_code: 'text',
      source_id: 'text',
      note: 'text',
    },
    ['id'],
    figures.map((row) => ({
      id: row.figure_id,
      topic: row.topic,
      figure: row.figure,
      value: row.value,
      unit: row.unit,
      reference_date: row.reference_date,
      treaty_code: figureTreaty(row.topic),
      source_id: row.source_id,
      note: row.note || null,
    })),
  );
}

async function seedProcesses(
  seeder: Seeder,
  framework: FrameworkFile,
  memberships: CsvRow[],
): Promise<void> {
  await seeder.sync(
    'regional_process',
    {
      code: 'text',
      name: 'text',
      sort_order: 'smallint',
      working_languages: 'text[]',
      members_figure_id: 'text',
    },
    ['code'],
    framework.processes.map((process, index) => ({
      code: process.code,
      name: process.name,
      sort_order: index + 1,
      working_languages: process.workingLanguages ?? [],
      members_figure_id: process.membersFigureId ?? null,
    })),
  );
  const membershipRows = memberships.map((row) => ({
    process_code: row.process_short,
    country_iso3: row.iso3,
    role: membershipRole(row.role),
    role_in_source: row.role,
    name_in_source: row.country_as_in_source,
    source_id: row.source_id,
    source_date: row.source_date,
    note: row.note || null,
  }));
  await seeder.sync(
    'process_membership',
    {
      process_code: 'text',
      country_iso3: 'char(3)',
      role: 'text',
      role_in_source: 'text',
      name_in_source: 'text',
      source_id: 'text',
      source_date: 'text',
      note: 'text',
    },
    ['process_code', 'country_iso3'],
    membershipRows,
  );
  await seeder.prune(
    'process_membership',
    { process_code: 'text', country_iso3: 'char(3)' },
    membershipRows,
  );
}

/**
 * Loads the reference data files into the database in one transaction. Idempotent: a second
 * run reports no change; an edited file updates exactly the rows it changes.
 */
export async function seedReferenceData(
  dataSource: DataSource,
  directory: string,
): Promise<SeedReport> {
  const framework = readFramework(directory);
  const sources = readCsv(directory, 'sources.csv');

  return dataSource.transaction(async (manager) => {
    const seeder = new Seeder(manager);
    await seedSourcesAndCountries(seeder, sources, directory);
    await seedFramework(seeder, framework);
    const treatyCitations = await seedTreaties(seeder, framework, directory);
    await seedFigures(seeder, readCsv(directory, 'reference_figures.csv'));
    await seedProcesses(seeder, framework, readCsv(directory, 'rcp_membership.csv'));
    // Period state (open/closed) belongs to admins: seed only adds missing periods.
    const { first, last, dueMonthDay } = framework.periods;
    await seeder.sync(
      'reporting_period',
      { code: 'char(4)', starts_on: 'date', ends_on: 'date', due_on: 'date' },
      ['code'],
      periodRows(first, last, dueMonthDay),
      { mode: 'insert-only' },
    );
    assertSourcesKnown(
      new Set(sources.map((row) => row.source_id)),
      treatyCitations.map((ids) => ['treaty status', ids] as [string, string[]]),
    );
    return seeder.report;
  });
}
