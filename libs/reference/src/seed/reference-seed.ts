import { ColumnSpec, deleteRowsNotIn, upsertRows } from '@app/database';
import { DataSource, EntityManager } from 'typeorm';
import {
  countryRows,
  figureTreaty,
  FrameworkFile,
  membershipRole,
  participationRows,
  periodRows,
  readCsv,
  readFramework,
  unconfirmedEventRows,
} from './reference-files';

export interface TableChange {
  inserted: number;
  updated: number;
  deleted: number;
}

/** What a seed changed, per table; all zeros when the data was already in place. */
export type SeedReport = Record<string, TableChange>;

const cols = (spec: string): ColumnSpec[] =>
  spec.split(',').map((pair) => {
    const [name, ...type] = pair.trim().split(' ');
    return { name, type: type.join(' ') };
  });

class Seeder {
  readonly report: SeedReport = {};

  constructor(readonly manager: EntityManager) {}

  private record(table: string, change: Partial<TableChange>): void {
    const current = this.report[table] ?? { inserted: 0, updated: 0, deleted: 0 };
    this.report[table] = {
      inserted: current.inserted + (change.inserted ?? 0),
      updated: current.updated + (change.updated ?? 0),
      deleted: current.deleted + (change.deleted ?? 0),
    };
  }

  async sync<Row>(
    table: string,
    columns: string,
    key: string[],
    rows: Row[],
    options: { mode?: 'sync' | 'insert-only'; updateOnlyWhere?: string } = {},
  ): Promise<void> {
    const result = await upsertRows(this.manager, {
      table,
      columns: cols(columns),
      key,
      rows,
      mode: options.mode ?? 'sync',
      updateOnlyWhere: options.updateOnlyWhere,
    });
    this.record(table, result);
  }

  async prune<Row>(table: string, key: string, rows: Row[], scope?: string): Promise<void> {
    const deleted = await deleteRowsNotIn(this.manager, { table, key: cols(key), rows, scope });
    this.record(table, { deleted });
  }
}

function assertSourcesKnown(known: Set<string>, used: Iterable<[string, string[]]>): void {
  const missing = [...used].flatMap(([where, ids]) =>
    ids.filter((id) => !known.has(id)).map((id) => `${id} (${where})`),
  );
  if (missing.length > 0) {
    throw new Error(`Reference data cites sources missing from sources.csv: ${missing.join(', ')}`);
  }
}

async function seedFramework(seeder: Seeder, framework: FrameworkFile): Promise<void> {
  const { objective, workPlan } = framework;
  await seeder.sync(
    'objective',
    'code text, number smallint, title text, commitment text, source_id text, source_reference text',
    ['code'],
    [
      {
        code: objective.code,
        number: objective.number,
        title: objective.title,
        commitment: objective.commitment,
        source_id: objective.sourceId,
        source_reference: objective.sourceReference,
      },
    ],
  );
  await seeder.sync(
    'work_plan_area',
    'code smallint, plan_code text, name_en text, name_es text',
    ['code'],
    workPlan.areas.map((area) => ({
      code: area.code,
      plan_code: workPlan.code,
      name_en: area.nameEn,
      name_es: area.nameEs,
    })),
  );
  await seeder.sync(
    'sdg_target',
    'code text, goal smallint, text text',
    ['code'],
    framework.sdgTargets.targets.map((target) => ({
      code: target.code,
      goal: Number(target.code.split('.')[0]),
      text: target.text,
    })),
  );
  await seeder.sync(
    'action',
    'code char(1), objective_code text, short_title text, text text, protocol_articles text',
    ['code'],
    framework.actions.map((action) => ({
      code: action.code,
      objective_code: objective.code,
      short_title: action.shortTitle,
      text: action.text,
      protocol_articles: action.protocolArticles,
    })),
  );
  // Mappings are admin-owned: defaults go in only for an action that has none yet, so a
  // mapping an admin removed stays removed.
  const mapped = async (table: string): Promise<Set<string>> =>
    new Set(
      (await seeder.manager.query(`SELECT DISTINCT action_code FROM ${table}`)).map(
        (row: { action_code: string }) => row.action_code,
      ),
    );
  const withAreas = await mapped('action_area');
  await seeder.sync(
    'action_area',
    'action_code char(1), area_code smallint',
    ['action_code', 'area_code'],
    framework.actions
      .filter((action) => !withAreas.has(action.code))
      .flatMap((action) =>
        action.areas.map((area) => ({ action_code: action.code, area_code: area })),
      ),
    { mode: 'insert-only' },
  );
  const withTargets = await mapped('action_sdg_target');
  await seeder.sync(
    'action_sdg_target',
    'action_code char(1), sdg_target_code text',
    ['action_code', 'sdg_target_code'],
    framework.actions
      .filter((action) => !withTargets.has(action.code))
      .flatMap((action) =>
        action.sdgTargets.map((target) => ({ action_code: action.code, sdg_target_code: target })),
      ),
    { mode: 'insert-only' },
  );
  await seeder.sync(
    'checklist_item',
    'code text, action_code char(1), sort_order smallint, text text, protocol_reference text, area_code smallint, prefill text',
    ['code'],
    framework.checklist.items.map((item, index) => ({
      code: item.code,
      action_code: item.code[0],
      sort_order: index + 1,
      text: item.text,
      protocol_reference: item.reference,
      area_code: item.area ?? null,
      prefill: item.prefill ?? null,
    })),
  );
  await seeder.sync(
    'indicator',
    'code text, sort_order smallint, name text, disaggregation text, action_code char(1), area_code smallint, sdg_indicator text',
    ['code'],
    framework.indicators.map((indicator, index) => ({
      code: indicator.code,
      sort_order: index + 1,
      name: indicator.name,
      disaggregation: indicator.disaggregation,
      action_code: indicator.action,
      area_code: indicator.area,
      sdg_indicator: indicator.sdgIndicator ?? null,
    })),
  );
}

async function seedTreaties(
  seeder: Seeder,
  framework: FrameworkFile,
  directory: string,
): Promise<string[][]> {
  await seeder.sync(
    'treaty',
    'code text, name text, untc_reference text, entry_into_force_on date, complete_as_of date, complete_source_id text, gap text',
    ['code'],
    framework.treaties.map((treaty) => ({
      code: treaty.code,
      name: treaty.name,
      untc_reference: treaty.untcReference,
      entry_into_force_on: treaty.entryIntoForceOn ?? null,
      complete_as_of: treaty.completeAsOf,
      complete_source_id: treaty.completeSourceId,
      gap: treaty.gap,
    })),
  );
  const citations: string[][] = [];
  for (const treaty of framework.treaties) {
    const rows = participationRows(treaty.code, readCsv(directory, treaty.file));
    if (treaty.code === 'SOM') {
      const known = new Set(rows.map((row) => row.participant));
      rows.push(
        ...unconfirmedEventRows(
          'SOM',
          readCsv(directory, 'smuggling_protocol_post2014_events.csv'),
          known,
        ),
      );
    }
    citations.push(...rows.map((row) => row.source_ids));
    // Rows brought in by an admin's UNTC import are newer than the files: never overwrite them.
    await seeder.sync(
      'treaty_participation',
      'treaty_code text, participant text, country_iso3 char(3), participant_name text, status text, signature_date date, consent_date date, consent_kind text, untc_action_code text, source_ids text[], status_as_of text, note text',
      ['treaty_code', 'participant'],
      rows,
      { updateOnlyWhere: `t.origin = 'seed'` },
    );
    await seeder.prune(
      'treaty_participation',
      'treaty_code text, participant text',
      rows,
      `t.origin = 'seed' AND t.treaty_code = '${treaty.code}'`,
    );
  }
  return citations;
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
  const figures = readCsv(directory, 'reference_figures.csv');
  const memberships = readCsv(directory, 'rcp_membership.csv');

  return dataSource.transaction(async (manager) => {
    const seeder = new Seeder(manager);
    await seeder.sync(
      'source',
      'id text, description text, url text, used_for text',
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
      'iso3 char(3), iso2 char(2), m49 char(3), name text, unterm_short_name text, un_member boolean, un_member_basis text, region text, region_code char(3), subregion text, subregion_code char(3), intermediate_region text, intermediate_region_code char(3), ldc boolean, lldc boolean, sids boolean',
      ['iso3'],
      countryRows(readCsv(directory, 'countries.csv')),
    );
    await seedFramework(seeder, framework);
    const treatyCitations = await seedTreaties(seeder, framework, directory);
    await seeder.sync(
      'reference_figure',
      'id text, topic text, figure text, value text, unit text, reference_date text, treaty_code text, source_id text, note text',
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
    await seeder.sync(
      'regional_process',
      'code text, name text, sort_order smallint, working_languages text[], members_figure_id text',
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
      'process_code text, country_iso3 char(3), role text, role_in_source text, name_in_source text, source_id text, source_date text, note text',
      ['process_code', 'country_iso3'],
      membershipRows,
    );
    await seeder.prune(
      'process_membership',
      'process_code text, country_iso3 char(3)',
      membershipRows,
    );
    // Period state (open/closed) belongs to admins: seed only adds missing periods.
    await seeder.sync(
      'reporting_period',
      'code char(4), starts_on date, ends_on date, due_on date',
      ['code'],
      periodRows(framework.periods.first, framework.periods.last, framework.periods.dueMonthDay),
      { mode: 'insert-only' },
    );

    assertSourcesKnown(
      new Set(sources.map((row) => row.source_id)),
      treatyCitations.map((ids) => ['treaty status', ids] as [string, string[]]),
    );
    return seeder.report;
  });
}
