// Each country's status under the Smuggling of Migrants Protocol, for the map and its table: the
// treaty's participant table (as complete as of its cut-off date) over the reference countries.
import type { CountryView, TreatyParticipantView, TreatyStatusView } from '../../api/generated/api';

/**
 * `neither`: in no participant record, as far as the data is complete (a later act would be
 * unknown); `unknown`: a record no depositary confirms.
 */
export type MapStatus = 'party' | 'signatory' | 'neither' | 'unknown';
export const MAP_STATUSES: MapStatus[] = ['party', 'signatory', 'neither', 'unknown'];

export interface CountryProtocolStatus {
  iso3: string;
  name: string;
  status: MapStatus;
  /** The binding act (party) or the signature (signatory), when known. */
  since: string | null;
}

export interface ProtocolStatusMap {
  /** By ISO 3166-1 numeric code (UN M49), as world-atlas names its shapes. */
  byNumeric: Map<string, CountryProtocolStatus>;
  /** Every reference country, by name. */
  all: CountryProtocolStatus[];
  /** The newest date for which the participant table is complete. */
  completeAsOf: string;
}

function recordsByIso3(treaty: TreatyStatusView): Map<string, [MapStatus, TreatyParticipantView]> {
  const records = new Map<string, [MapStatus, TreatyParticipantView]>();
  const add = (status: MapStatus, rows: TreatyParticipantView[]) => {
    for (const row of rows)
      if (row.iso3 && !records.has(row.iso3)) records.set(row.iso3, [status, row]);
  };
  add('party', treaty.parties);
  add('party', treaty.partiesWithUnknownDate);
  add('signatory', treaty.signatories);
  add('unknown', treaty.unconfirmed);
  return records;
}

export function protocolStatusMap(
  countries: CountryView[],
  treaty: TreatyStatusView,
): ProtocolStatusMap {
  const records = recordsByIso3(treaty);
  const all = countries
    .map((country): CountryProtocolStatus => {
      const [status, row] = records.get(country.iso3) ?? ['neither', null];
      const since = status === 'signatory' ? row?.signatureDate : row?.consentDate;
      return { iso3: country.iso3, name: country.name, status, since: since ?? null };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const iso3ToNumeric = new Map(countries.map((c) => [c.iso3, c.m49]));
  return {
    byNumeric: new Map(all.map((c) => [iso3ToNumeric.get(c.iso3) ?? '', c])),
    all,
    completeAsOf: treaty.coverage.completeAsOf,
  };
}
