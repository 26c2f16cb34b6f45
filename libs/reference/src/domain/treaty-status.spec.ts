import { ParticipationRecord, treatyStatusAsOf } from './treaty-status';

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
