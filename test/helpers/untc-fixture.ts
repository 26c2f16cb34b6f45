import { dataFile } from './reference-files';

/**
 * Smuggling Protocol participant tables in the shape the UN Treaty Collection publishes them
 * (XVIII-12-b: Participant, Signature, Ratification… with a/A/AA/d after the date), built only
 * from data/reference: nothing here is invented but the layout.
 */
export const UNTC_HEADER = [
  'Participant',
  'Signature',
  'Ratification, Accession(a), Acceptance(A), Approval(AA), Succession(d)',
];

export interface UntcLine {
  participant: string;
  signature: string;
  consent: string;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** `2000-12-12` → `12 Dec 2000`, as UNTC writes it. */
export const untcDay = (iso: string): string =>
  iso
    ? `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
    : '';

const consentCell = (date: string, code: string) =>
  date ? `${untcDay(date)}${code ? ` ${code}` : ''}` : '';

/**
 * The table as scraped on 2014-07-10 (source ZMJ-18-12-b): its rows as they are, and the
 * participants the post-2014 events file says were in it then (`participant_2014_name`) as the
 * signatories they were.
 */
export function untcTable2014(): UntcLine[] {
  const laterActs = new Map(
    dataFile('smuggling_protocol_post2014_events.csv')
      .filter((event) => event.participant_2014_name)
      .map((event) => [event.iso3, event]),
  );
  return dataFile('smuggling_protocol_status.csv').flatMap((row) => {
    const later = laterActs.get(row.iso3);
    if (later)
      return [
        {
          participant: later.participant_2014_name,
          signature: untcDay(row.signature_date),
          consent: '',
        },
      ];
    if (row.status_source !== 'ZMJ-18-12-b') return [];
    return [
      {
        participant: row.participant,
        signature: untcDay(row.signature_date),
        consent: consentCell(row.ratification_date, row.untc_action_code),
      },
    ];
  });
}

/** Names UNTC writes differently since 2014 (the countries list's current names). */
const RENAMED: Record<string, string> = {
  Turkey: 'Türkiye',
  Swaziland: 'Eswatini',
  'The former Yugoslav Republic of Macedonia': 'North Macedonia',
  'Czech Republic': 'Czechia',
  'Bolivia (Plurinational State of)': 'Bolivia (Plurinational State of)1',
};

/**
 * A later table: the 2014 one under today's names (one with a footnote mark), with the dated
 * later acts of smuggling_protocol_post2014_events.csv that count as party (Angola, Barbados,
 * the Republic of Korea, Japan, Fiji). Acts without a known date are left out, not guessed.
 */
export function untcTableLater(): UntcLine[] {
  const events = dataFile('smuggling_protocol_post2014_events.csv').filter(
    (event) => event.counts_as_party === 'yes' && event.action_date,
  );
  const lines = untcTable2014().map((line) => ({
    ...line,
    participant: RENAMED[line.participant] ?? line.participant,
  }));
  for (const event of events) {
    const consent = consentCell(event.action_date, event.untc_action_code);
    const line = lines.find((l) => l.participant === event.participant_2014_name);
    if (line) line.consent = consent;
    else lines.push({ participant: event.participant, signature: '', consent });
  }
  return lines.sort((a, b) => a.participant.localeCompare(b.participant));
}

const quoted = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The table as CSV text, as a spreadsheet saves the UNTC page. */
export function untcCsv(lines: UntcLine[], header = UNTC_HEADER): Buffer {
  const rows = [header, ...lines.map((l) => [l.participant, l.signature, l.consent])];
  return Buffer.from(rows.map((row) => row.map(quoted).join(',')).join('\r\n') + '\r\n');
}
