import type { ParticipationRecord } from '@app/reference';
import type { CellError } from '../import-types';
import type { NameMatch } from './participant-names';
import type { UntcRow } from './untc-table';

export type ParticipantOutcome =
  'new_party' | 'new_signatory' | 'changed' | 'unchanged' | 'unmatched';

export interface ParticipantChange {
  field: 'status' | 'signatureDate' | 'consentDate' | 'consentKind';
  before: string | null;
  after: string | null;
}

/** One row of the table, matched (or not) and compared with the record it would replace. */
export interface ParticipantPreview {
  ref: string;
  /** As the table writes it, footnote marks removed. */
  name: string;
  /** The record key: ISO3 code, or the name of a participant that is not a State. */
  participant: string | null;
  iso3: string | null;
  status: 'party' | 'signatory';
  signatureDate: string | null;
  consentDate: string | null;
  consentKind: string | null;
  untcActionCode: string | null;
  outcome: ParticipantOutcome;
  changes: ParticipantChange[];
}

export interface TreatyImportPreview {
  participants: ParticipantPreview[];
  /** Records of the treaty the table does not list: kept as they are, shown here. */
  notInTable: Array<{ participant: string; name: string; status: string }>;
  errors: CellError[];
  counts: Record<ParticipantOutcome, number>;
}

const FIELDS = ['status', 'signatureDate', 'consentDate', 'consentKind'] as const;

function outcomeOf(row: ParticipantPreview, before: ParticipationRecord | undefined) {
  const changes = FIELDS.filter((field) => (before?.[field] ?? null) !== row[field]).map(
    (field) => ({ field, before: before?.[field] ?? null, after: row[field] }),
  );
  if (row.status === 'party' && before?.status !== 'party')
    return { outcome: 'new_party' as const, changes };
  if (!before) return { outcome: 'new_signatory' as const, changes };
  return { outcome: changes.length > 0 ? ('changed' as const) : ('unchanged' as const), changes };
}

/**
 * What applying the table would do, row by row; a name it cannot match stays listed as
 * `unmatched` (and blocks the apply), and two rows naming one participant are an error.
 */
export function previewTreatyTable(
  rows: UntcRow[],
  match: (name: string) => NameMatch | null,
  records: ParticipationRecord[],
  errors: CellError[],
): TreatyImportPreview {
  const existing = new Map(records.map((record) => [record.participant, record]));
  const listed = new Map<string, string>();
  const participants = rows.map((row): ParticipantPreview => {
    const found = match(row.name);
    const preview: ParticipantPreview = {
      ref: row.ref,
      name: row.name,
      participant: found?.participant ?? null,
      iso3: found?.iso3 ?? null,
      status: row.consent ? 'party' : 'signatory',
      signatureDate: row.signatureDate,
      consentDate: row.consent?.date ?? null,
      consentKind: row.consent?.kind ?? null,
      untcActionCode: row.consent?.code ?? null,
      outcome: 'unmatched',
      changes: [],
    };
    if (!found) return preview;
    const twice = listed.get(found.participant);
    if (twice)
      errors.push({ ref: row.ref, message: `${row.name} is ${found.participant}, as is ${twice}` });
    listed.set(found.participant, row.ref);
    return { ...preview, ...outcomeOf(preview, existing.get(found.participant)) };
  });
  const counts = { new_party: 0, new_signatory: 0, changed: 0, unchanged: 0, unmatched: 0 };
  for (const row of participants) counts[row.outcome] += 1;
  const notInTable = records
    .filter((record) => !listed.has(record.participant))
    .map(({ participant, name, status }) => ({ participant, name, status }));
  return { participants, notInTable, errors, counts };
}
