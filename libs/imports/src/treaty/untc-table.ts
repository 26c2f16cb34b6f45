import type { CellError } from '../import-types';

export type ConsentKind = 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession';

/** The suffix UNTC writes after a consent date, and the act it stands for (none: ratification). */
const SUFFIXES: Record<string, ConsentKind> = {
  a: 'accession',
  A: 'acceptance',
  AA: 'approval',
  d: 'succession',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A consent as UNTC writes it: `19 Sep 2014 a` → the date, the act and its code. */
export interface Consent {
  date: string;
  kind: ConsentKind;
  code: 'a' | 'A' | 'AA' | 'd' | null;
}

/** One participant row of the table, as read: where it came from and its cells. */
export interface RawUntcRow {
  ref: string;
  participant: string;
  signature: string;
  consent: string;
}

/** One participant row once its cells are parsed. */
export interface UntcRow {
  ref: string;
  /** The name as UNTC writes it, footnote marks removed. */
  name: string;
  signatureDate: string | null;
  consent: Consent | null;
}

/** `12 Dec 2000` (also `12-Dec-2000`, `12 December 2000`) → `2000-12-12`; null if it is not one. */
export function untcDate(text: string): string | null {
  const match = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(text.trim());
  if (!match) return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? realDay(text.trim()) : null;
  const month = MONTHS.indexOf(match[2].slice(0, 3).toLowerCase());
  if (month < 0) return null;
  const iso = `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return realDay(iso);
}

/** Refuses days that do not exist (`31 Feb 2001`). */
function realDay(iso: string): string | null {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** `19 Sep 2014 a` → accession on 2014-09-19; a date alone is a ratification. */
export function untcConsent(text: string): Consent | null {
  const match = /^(.*?\d{4})(?:\s+(a|A|AA|d))?$/.exec(text.trim());
  const date = match ? untcDate(match[1]) : null;
  if (!match || !date) return null;
  const code = (match[2] ?? null) as Consent['code'];
  return { date, kind: code ? SUFFIXES[code] : 'ratification', code };
}

/** `Bolivia (Plurinational State of)1` or `Denmark 2, 3` → the name without its footnote marks. */
export const withoutFootnotes = (name: string): string =>
  name
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/(?<=[^\d\s])\s?\d{1,2}(?:\s?,\s?\d{1,2})*$/, '')
    .trim();

export type UntcColumn = 'participant' | 'signature' | 'consent';

/** Which of the three columns a header names; null for a column the table does not have. */
export function untcColumn(header: string): UntcColumn | null {
  const text = header.replace(/\s+/g, ' ').trim().toLowerCase();
  if (/^participants?\d*$/.test(text)) return 'participant';
  if (/^signature(, succession to signature ?\(d\))?\d*$/.test(text)) return 'signature';
  if (/^ratification\b/.test(text)) return 'consent';
  return null;
}

/** Checks the headers: every column known, each of the three given once. */
export function headerErrors(headers: string[], ref: (index: number) => string): CellError[] {
  const errors: CellError[] = [];
  const seen = new Set<UntcColumn>();
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const column = untcColumn(header);
    if (!column)
      errors.push({
        ref: ref(index),
        message: `unknown column "${header}": expected Participant, Signature, Ratification, Accession(a), Acceptance(A), Approval(AA), Succession(d)`,
      });
    else if (seen.has(column))
      errors.push({ ref: ref(index), message: `column "${header}" is given twice` });
    else seen.add(column);
  });
  for (const column of ['participant', 'signature', 'consent'] as const)
    if (!seen.has(column)) errors.push({ ref: 'header', message: `no ${column} column` });
  return errors;
}

/** Parses the rows' cells; every row is kept or named in an error, never dropped. */
export function parseUntcRows(raw: RawUntcRow[]): { rows: UntcRow[]; errors: CellError[] } {
  const rows: UntcRow[] = [];
  const errors: CellError[] = [];
  const seen = new Map<string, string>();
  for (const row of raw) {
    const name = withoutFootnotes(row.participant);
    const signatureDate = row.signature.trim() ? untcDate(row.signature) : null;
    const consent = row.consent.trim() ? untcConsent(row.consent) : null;
    const problems: string[] = [];
    if (!name) problems.push('no participant name');
    if (row.signature.trim() && !signatureDate)
      problems.push(`signature "${row.signature}" is not a date like "12 Dec 2000"`);
    if (row.consent.trim() && !consent)
      problems.push(
        `"${row.consent}" is not a date like "12 Dec 2000" with a, A, AA or d after it`,
      );
    if (!row.signature.trim() && !row.consent.trim())
      problems.push(`${name || 'the row'} has neither a signature nor a consent date`);
    const key = name.toLowerCase();
    if (name && seen.has(key)) problems.push(`${name} is listed twice (also ${seen.get(key)})`);
    seen.set(key, row.ref);
    if (problems.length > 0) errors.push(...problems.map((message) => ({ ref: row.ref, message })));
    else rows.push({ ref: row.ref, name, signatureDate, consent });
  }
  return { rows, errors };
}
