import {
  FrameworkFile,
  ParticipationRow,
  participationRows,
  readCsv,
  unconfirmedEventRows,
} from './reference-files';
import { ColumnTypes, Seeder } from './seeder';

const PARTICIPATION_COLUMNS: ColumnTypes<ParticipationRow> = {
  treaty_code: 'text',
  participant: 'text',
  country_iso3: 'char(3)',
  participant_name: 'text',
  status: 'text',
  signature_date: 'date',
  consent_date: 'date',
  consent_kind: 'text',
  untc_action_code: 'text',
  source_ids: 'text[]',
  status_as_of: 'text',
  note: 'text',
};

/** A treaty's participation rows from its status file (and, for SOM, later unconfirmed events). */
function treatyRows(treaty: FrameworkFile['treaties'][number], directory: string) {
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
  return rows;
}

/** The treaties and their participant tables; returns the sources each row cites. */
export async function seedTreaties(
  seeder: Seeder,
  framework: FrameworkFile,
  directory: string,
): Promise<string[][]> {
  await seeder.sync(
    'treaty',
    {
      code: 'text',
      name: 'text',
      untc_reference: 'text',
      entry_into_force_on: 'date',
      complete_as_of: 'date',
      complete_source_id: 'text',
      gap: 'text',
    },
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
    // A UNTC import moved the treaty's completeness past the files: a re-seed keeps it.
    { updateOnlyWhere: `t.complete_source_id NOT LIKE 'UNTC-IMPORT-%'` },
  );
  const citations: string[][] = [];
  for (const treaty of framework.treaties) {
    const rows = treatyRows(treaty, directory);
    citations.push(...rows.map((row) => row.source_ids));
    // Rows brought in by an admin's UNTC import are newer than the files: never overwrite them.
    await seeder.sync(
      'treaty_participation',
      PARTICIPATION_COLUMNS,
      ['treaty_code', 'participant'],
      rows,
      {
        updateOnlyWhere: `t.origin = 'seed'`,
      },
    );
    await seeder.prune(
      'treaty_participation',
      { treaty_code: 'text', participant: 'text' },
      rows,
      `t.origin = 'seed' AND t.treaty_code = '${treaty.code}'`,
    );
  }
  return citations;
}
