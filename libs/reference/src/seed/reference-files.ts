import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  TRANSLATED_LOCALES,
  type ConsentKind,
  type MembershipRole,
  type ParticipationStatus,
  type TranslatedLocale,
  type TranslatedSubject,
  type TranslationKind,
  type TreatyCode,
} from '../entities';
import type { CountryRow } from '../services/countries.queries';

/** A text in one language: the official wording with its source, or our working translation. */
export type TranslatedText =
  | { text: string; translation: 'official'; sourceId: string }
  | { text: string; translation: 'working' };

/** The Spanish and French of an entry's English fields, field by field. */
export type Translations<Field extends string> = Record<
  TranslatedLocale,
  Record<Field, TranslatedText>
>;

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

export interface TranslationRow {
  subject: TranslatedSubject;
  code: string;
  field: string;
  locale: TranslatedLocale;
  text: string;
  translation: TranslationKind;
  source_id: string | null;
}

/** An entry of the framework file with English fields and their translations. */
interface TranslatedEntry {
  code: string | number;
  translations?: Partial<Record<string, Partial<Record<string, TranslatedText>>>>;
}

/**
 * Every translation of the framework file as rows, after checking that each English field has
 * a Spanish and a French text, non-blank, and that an official one names its source.
 */
export function translationRows(framework: FrameworkFile): TranslationRow[] {
  const groups: Array<[TranslatedSubject, string[], TranslatedEntry[]]> = [
    ['objective', ['title', 'commitment'], [framework.objective]],
    ['action', ['shortTitle', 'text'], framework.actions],
    ['work_plan_area', ['name'], framework.workPlan.areas],
    ['sdg_target', ['text'], framework.sdgTargets.targets],
    ['checklist_item', ['text'], framework.checklist.items],
    ['indicator', ['name'], framework.indicators],
  ];
  const problems: string[] = [];
  const rows: TranslationRow[] = [];
  for (const [subject, fields, entries] of groups) {
    for (const entry of entries) {
      for (const locale of TRANSLATED_LOCALES) {
        for (const field of fields) {
          const where = `${subject} ${entry.code} ${field} (${locale})`;
          const translated = entry.translations?.[locale]?.[field];
          if (!translated || translated.text.trim() === '') problems.push(`${where}: missing`);
          else if (translated.translation === 'official' && !translated.sourceId)
            problems.push(`${where}: official without a sourceId`);
          else if (translated.translation !== 'official' && translated.translation !== 'working')
            problems.push(`${where}: translation must be official or working`);
          else
            rows.push({
              subject,
              code: String(entry.code),
              field,
              locale,
              text: translated.text,
              translation: translated.translation,
              source_id: translated.translation === 'official' ? translated.sourceId : null,
            });
        }
      }
    }
  }
  if (problems.length > 0)
    throw new Error(`framework.json translations are incomplete:\n${problems.join('\n')}`);
  return rows;
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
