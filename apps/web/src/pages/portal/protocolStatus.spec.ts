import type { CountryView, TreatyParticipantView, TreatyStatusView } from '../../api/generated/api';
import { protocolStatusMap } from './protocolStatus';

const country = (iso3: string, m49: string, name: string) => ({ iso3, m49, name }) as CountryView;
const participant = (iso3: string, more: Partial<TreatyParticipantView>) =>
  ({ iso3, signatureDate: null, consentDate: null, ...more }) as TreatyParticipantView;

const treaty = {
  parties: [participant('MEX', { consentDate: '2003-03-04' })],
  partiesWithUnknownDate: [participant('BLZ', {})],
  signatories: [participant('BOL', { signatureDate: '2000-12-12' })],
  unconfirmed: [participant('CUB', {})],
  coverage: { completeAsOf: '2014-07-10' },
} as unknown as TreatyStatusView;

describe('protocolStatusMap', () => {
  const map = protocolStatusMap(
    [
      country('MEX', '484', 'Mexico'),
      country('BLZ', '084', 'Belize'),
      country('BOL', '068', 'Bolivia'),
      country('CUB', '192', 'Cuba'),
      country('CHN', '156', 'China'),
    ],
    treaty,
  );

  it('gives each country its status and since when, by ISO numeric code', () => {
    expect(map.byNumeric.get('484')).toEqual({
      iso3: 'MEX',
      name: 'Mexico',
      status: 'party',
      since: '2003-03-04',
    });
    expect(map.byNumeric.get('084')).toMatchObject({ status: 'party', since: null });
    expect(map.byNumeric.get('068')).toMatchObject({ status: 'signatory', since: '2000-12-12' });
    expect(map.byNumeric.get('192')).toMatchObject({ status: 'unknown' });
  });

  it('counts a country in no record as neither, as of the cut-off, and lists all by name', () => {
    expect(map.byNumeric.get('156')).toMatchObject({ status: 'neither', since: null });
    expect(map.completeAsOf).toBe('2014-07-10');
    expect(map.all.map((c) => c.iso3)).toEqual(['BLZ', 'BOL', 'CHN', 'CUB', 'MEX']);
  });
});
