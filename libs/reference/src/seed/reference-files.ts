import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsentKind, MembershipRole, ParticipationStatus, TreatyCode } from '../entities';
import type { CountryRow } from '../services/countries.queries';
import type { Translations } from './framework-translations';

/** The framework file (`data/reference/framework.json`): texts quoted from their sources. */
export interface FrameworkFile {
  objective: {
    code: string;
    number: number;
    title: string;
    commitment: string;
    sourceId: string;
    sourceReference: string;
    translations: Translations<'title' | 'commitment'>;
  };
  actions: Array<{
    code: string;
    shortTitle: string;
    text: string;
    protocolArticles: string;
    areas: number[];
    sdgTargets: string[];
    translations: Translations<'shortTitle' | 'text'>;
  }>;
  workPlan: {
    code: string;
    title: string;
    sourceId: string;
    gap: string;
    areas: Array<{ code: number; name: string; translations: Translations<'name'> }>;
  };
  sdgTargets: {
    sourceId: string;
    targets: Array<{ code: string; text: string; translations: Translations<'text'> }>;
  };
  checklist: {
    sourceId: string;
    items: Array<{
      code: string;
      text: string;
      reference: string;
      prefill?: string;
      area?: number;
      translations: Translations<'text'>;
    }>;
  };
  indicators: Array<{
    code: string;
    name: string;
    disaggregation: string;
    action: string;
    area: number;
    sdgIndicator?: string;
    translations: Translations<'name'>;
  }>;
  treaties: Array<{
    code: TreatyCode;
    name: string;
    untcReference: string;
    entryIntoForceOn?: string;
    file: string;
    completeAsOf: string;
    completeSourceId: string;
    gap: string;
  }>;
  processes: Array<{
    code: string;
    name: string;
    workingLanguages?: string[];
    membersFigureId?: string;
  }>;
  periods: { first: number; last: number; dueMonthDay: string };
}

export type CsvRow = Record<string, string>;

export function readCsv(directory: string, file: string): CsvRow[] {
  return parse(readFileSync(join(directory, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as CsvRow[];
}

export function readFramework(directory: string): FrameworkFile {
  return JSON.parse(readFileSync(join(directory, 'framework.json'), 'utf8')) as FrameworkFile;
}

const blankToNull = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value.trim();

/** Membership roles as the sources word them ("partner country (African)") → our three roles. */
export function membershipRole(roleInSource: string): MembershipRole {
  const role = roleInSource.toLowerCase();
  // The Rabat Process calls its participating States "partner countries".
  if (role.startsWith('member') || role.startsWith('partner')) return 'member';
  if (role.startsWith('observer')) return 'observer';
  return 'unspecified';
}

/** A consent kind only when the source states it exactly; "(type not confirmed)" stays unknown. */
export function consentKind(actionType: string): ConsentKind | null {
  const kinds: readonly string[] = [
    'ratification',
    'accession',
    'acceptance',
    'approval',
    'succession',
  ];
  return kinds.includes(actionType.trim()) ? (actionType.trim() as ConsentKind) : null;
}

export function participationStatus(party: string): ParticipationStatus {
  if (party === 'yes') return 'party';
  if (party.startsWith('no')) return 'signatory';
  return 'unconfirmed';
}

export const sourceIds = (cell: string): string[] =>
  cell
    .split(';')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);

export function countryRows(rows: CsvRow[]): CountryRow[] {
  return rows.map((row) => ({
    iso3: row.iso3,
    iso2: row.iso2,
    m49: row.m49,
    name: row.name,
    unterm_short_name: blankToNull(row.unterm_short_name),
    un_member: row.un_member === 'yes',
    un_member_basis: row.un_member_basis,
    region: blankToNull(row.m49_region),
    region_code: blankToNull(row.m49_region_code),
    subregion: blankToNull(row.m49_subregion),
    subregion_code: blankToNull(row.m49_subregion_code),
    intermediate_region: blankToNull(row.m49_intermediate_region),
    intermediate_region_code: blankToNull(row.m49_intermediate_region_code),
    ldc: row.ldc === 'yes',
    lldc: row.lldc === 'yes',
    sids: row.sids === 'yes',
  }));
}

export interface ParticipationRow {
  treaty_code: TreatyCode;
  participant: string;
  country_iso3: string | null;
  participant_name: string;
  status: ParticipationStatus;
  signature_date: string | null;
  consent_date: string | null;
  consent_kind: ConsentKind | null;
  untc_action_code: string | null;
  source_ids: string[];
  status_as_of: string;
  note: string | null;
}

function withActionTypeNote(actionType: string, note: string | null): string | null {
  if (actionType === '' || consentKind(actionType) !== null) return note;
  const stated = `Action type in source: ${actionType}.`;
  return note ? `${stated} ${note}` : stated;
}

/** A treaty status file (UNTC participant table columns) as participation rows. */
export function participationRows(treaty: TreatyCode, rows: CsvRow[]): ParticipationRow[] {
  return rows.map((row) => ({
    treaty_code: treaty,
    participant: row.iso3 || row.participant,
    country_iso3: blankToNull(row.iso3),
    participant_name: row.participant,
    status: participationStatus(row.party),
    signature_date: blankToNull(row.signature_date),
    consent_date: blankToNull(row.ratification_date),
    consent_kind: consentKind(row.action_type),
    untc_action_code: blankToNull(row.untc_action_code),
    source_ids: sourceIds(row.status_source),
    status_as_of: row.status_as_of,
    note: withActionTypeNote(row.action_type, blankToNull(row.note)),
  }));
}

/**
 * Later events whose status the merged file leaves out because they are not confirmed
 * (a domestic decree without a UN deposit): listed as `unconfirmed`, never counted as parties.
 */
export function unconfirmedEventRows(
  treaty: TreatyCode,
  events: CsvRow[],
  known: ReadonlySet<string>,
): ParticipationRow[] {
  return events
    .filter((event) => event.counts_as_party === 'unconfirmed' && !known.has(event.iso3))
    .map((event) => ({
      treaty_code: treaty,
      participant: event.iso3,
      country_iso3: event.iso3,
      participant_name: event.participant,
      status: 'unconfirmed' as const,
      signature_date: null,
      consent_date: null,
      consent_kind: null,
      untc_action_code: blankToNull(event.untc_action_code),
      source_ids: sourceIds(event.source_id),
      status_as_of: event.source_date,
      note: withActionTypeNote(event.action_type, blankToNull(event.note)),
    }));
}

const FIGURE_TREATIES: Record<string, TreatyCode> = {
  'Smuggling Protocol parties': 'SOM',
  'UNTOC parties': 'UNTOC',
  'Trafficking Protocol parties': 'TIP',
};

export function figureTreaty(topic: string): TreatyCode | null {
  return FIGURE_TREATIES[topic] ?? null;
}

export interface PeriodRow {
  code: string;
  starts_on: string;
  ends_on: string;
  due_on: string;
}

/** Annual periods: 1 January to 31 December, due on the given day of the next year. */
export function periodRows(first: number, last: number, dueMonthDay: string): PeriodRow[] {
  const rows: PeriodRow[] = [];
  for (let year = first; year <= last; year += 1) {
    rows.push({
      code: String(year),
      starts_on: `${year}-01-01`,
      ends_on: `${year}-12-31`,
      due_on: `${year + 1}-${dueMonthDay}`,
    });
  }
  return rows;
}
