import { ParticipationRecord, standingAsOf, treatyStatusAsOf } from './treaty-status';

const record = (
  participant: string,
  fields: Partial<ParticipationRecord>,
): ParticipationRecord => ({
  participant,
  iso3: participant,
  name: participant,
  status: 'party',
  signatureDate: null,
  consentDate: null,
  consentKind: null,
  sources: ['S'],
  statusAsOf: '2014-07-10',
  note: null,
  ...fields,
});

const records = [
  record('AAA', {
    signatureDate: '2000-12-12',
    consentDate: '2004-01-01',
    consentKind: 'ratification',
  }),
  record('BBB', { consentDate: '2015-06-01', consentKind: 'accession' }),
  record('CCC', { status: 'signatory', signatureDate: '2001-01-01' }),
  record('DDD', {
    signatureDate: '2002-02-02',
    consentDate: '2016-03-03',
    consentKind: 'ratification',
  }),
  record('EEE', {}), // a party whose date no source gives
  record('FFF', { status: 'unconfirmed' }),
];
const codes = (list: ParticipationRecord[]) => list.map((r) => r.participant);

describe('treatyStatusAsOf', () => {
  it('counts parties whose binding act is dated on or before the date', () => {
    expect(codes(treatyStatusAsOf(records, '2015-12-31').parties)).toEqual(['AAA', 'BBB']);
    expect(codes(treatyStatusAsOf(records, '2015-06-01').parties)).toEqual(['AAA', 'BBB']);
    expect(codes(treatyStatusAsOf(records, '2015-05-31').parties)).toEqual(['AAA']);
  });

  it('leaves a party with an unknown date out of dated counts, but counts it today', () => {
    const dated = treatyStatusAsOf(records, '2030-01-01');
    expect(codes(dated.parties)).not.toContain('EEE');
    expect(codes(dated.partiesWithUnknownDate)).toEqual(['EEE']);
    expect(codes(treatyStatusAsOf(records, null).parties)).toEqual(['AAA', 'BBB', 'DDD', 'EEE']);
  });

  it('counts signatories by signature date, and those not yet parties apart', () => {
    const status = treatyStatusAsOf(records, '2010-01-01');
    expect(codes(status.signatories)).toEqual(['AAA', 'CCC', 'DDD']);
    expect(codes(status.signatoriesNotParties)).toEqual(['CCC', 'DDD']);
    expect(codes(treatyStatusAsOf(records, '2000-12-11').signatories)).toEqual([]);
  });

  it('never counts an unconfirmed action as a party', () => {
    const status = treatyStatusAsOf(records, null);
    expect(codes(status.parties)).not.toContain('FFF');
    expect(codes(status.unconfirmed)).toEqual(['FFF']);
  });
});

describe('standingAsOf', () => {
  const complete = '2014-07-10';
  it('is party once bound, whatever the date; a party of unknown date is a party', () => {
    expect(standingAsOf(records[0], '2010-01-01', complete)).toBe('party');
    expect(standingAsOf(records[0], '2030-01-01', complete)).toBe('party');
    expect(standingAsOf(records[4], '2030-01-01', complete)).toBe('party');
  });

  it('is not a party only as far as the data covers the date', () => {
    expect(standingAsOf(records[2], '2013-12-31', complete)).toBe('not_party');
    expect(standingAsOf(undefined, '2014-07-10', complete)).toBe('not_party');
    // After the complete date, without a record saying otherwise: it may have joined since.
    expect(standingAsOf(records[2], '2025-12-31', complete)).toBe('unknown');
    expect(standingAsOf(undefined, '2025-12-31', complete)).toBe('unknown');
  });

  it('trusts a later sourced record up to its own date', () => {
    // Accession recorded in 2015 (statusAsOf 2015-06-01): not yet a party before that, known.
    const later = { ...records[1], statusAsOf: '2015-06-01' };
    expect(standingAsOf(later, '2015-01-01', complete)).toBe('not_party');
    expect(standingAsOf(later, '2015-12-31', complete)).toBe('party');
    const checked = record('GGG', { status: 'signatory', statusAsOf: '2020-01-01' });
    expect(standingAsOf(checked, '2019-12-31', complete)).toBe('not_party');
    expect(standingAsOf(checked, '2021-01-01', complete)).toBe('unknown');
  });
});
