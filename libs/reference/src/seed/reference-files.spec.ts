import {
  consentKind,
  membershipRole,
  participationRows,
  participationStatus,
  periodRows,
  unconfirmedEventRows,
} from './reference-files';

describe('reference file mapping', () => {
  it('maps the sources’ membership wording onto member, observer and unspecified', () => {
    expect(membershipRole('member')).toBe('member');
    expect(membershipRole('member (joined after 2000)')).toBe('member');
    expect(membershipRole('partner country (European)')).toBe('member');
    expect(membershipRole('observer country (African)')).toBe('observer');
    expect(membershipRole('destination country (named in source; status not stated)')).toBe(
      'unspecified',
    );
  });

  it('keeps a consent kind only when the source states it exactly', () => {
    expect(consentKind('accession')).toBe('accession');
    expect(consentKind('accession (type not confirmed)')).toBeNull();
    expect(consentKind('')).toBeNull();
    expect(participationStatus('yes')).toBe('party');
    expect(participationStatus('no (signatory only)')).toBe('signatory');
  });

  it('keeps the source’s words in the note when the kind is uncertain, and splits cited sources', () => {
    const [row] = participationRows('SOM', [
      {
        iso3: 'AFG',
        participant: 'Afghanistan',
        signature_date: '',
        ratification_date: '',
        action_type: 'accession (type not confirmed)',
        untc_action_code: '',
        party: 'yes',
        status_source: 'NL-VB-009350b; UNTC-IND-DECL',
        status_as_of: 'capture undated',
        note: 'deposit date NOT found',
      },
    ]);
    expect(row).toMatchObject({
      participant: 'AFG',
      status: 'party',
      consent_date: null,
      consent_kind: null,
      source_ids: ['NL-VB-009350b', 'UNTC-IND-DECL'],
      note: 'Action type in source: accession (type not confirmed). deposit date NOT found',
    });
  });

  it('uses the name as the key of a participant without an ISO code', () => {
    const [eu] = participationRows('SOM', [
      {
        iso3: '',
        participant: 'European Union',
        signature_date: '2000-12-12',
        ratification_date: '2006-09-06',
        action_type: 'approval',
        untc_action_code: 'AA',
        party: 'yes',
        status_source: 'ZMJ-18-12-b',
        status_as_of: '2014-07-10',
        note: '',
      },
    ]);
    expect(eu).toMatchObject({
      participant: 'European Union',
      country_iso3: null,
      consent_kind: 'approval',
    });
  });

  it('lists unconfirmed later events that the merged file leaves out', () => {
    const events = [
      {
        iso3: 'AGO',
        participant: 'Angola',
        counts_as_party: 'yes',
        action_type: 'accession',
        untc_action_code: 'a',
        source_id: 'X',
        source_date: 'd',
        note: '',
      },
      {
        iso3: 'CIV',
        participant: "Côte d'Ivoire",
        counts_as_party: 'unconfirmed',
        action_type: 'ratification (domestic decree)',
        untc_action_code: '',
        source_id: 'CIV-DECREE-2016-994',
        source_date: '2016-11-17',
        note: 'no deposit',
      },
    ];
    const rows = unconfirmedEventRows('SOM', events, new Set(['AGO']));
    expect(rows).toEqual([
      expect.objectContaining({
        participant: 'CIV',
        status: 'unconfirmed',
        consent_date: null,
        source_ids: ['CIV-DECREE-2016-994'],
      }),
    ]);
  });

  it('builds annual periods due on 31 March of the next year', () => {
    expect(periodRows(2025, 2026, '03-31')).toEqual([
      { code: '2025', starts_on: '2025-01-01', ends_on: '2025-12-31', due_on: '2026-03-31' },
      { code: '2026', starts_on: '2026-01-01', ends_on: '2026-12-31', due_on: '2027-03-31' },
    ]);
  });
});
