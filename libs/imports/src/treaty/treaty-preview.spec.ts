import type { ParticipationRecord } from '@app/reference';
import { nameMatcher } from './participant-names';
import { previewTreatyTable } from './treaty-preview';
import type { UntcRow } from './untc-table';

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
  sources: ['ZMJ-18-12-b'],
  statusAsOf: '2014-07-10',
  note: null,
  ...fields,
});

describe('previewTreatyTable', () => {
  const match = nameMatcher([
    { name: 'Japan', iso3: 'JPN', participant: 'JPN' },
    { name: 'Albania', iso3: 'ALB', participant: 'ALB' },
    { name: 'Chile', iso3: 'CHL', participant: 'CHL' },
    { name: 'Angola', iso3: 'AGO', participant: 'AGO' },
  ]);
  const records = [
    record('JPN', { status: 'signatory', signatureDate: '2002-12-09' }),
    record('ALB', {
      signatureDate: '2000-12-12',
      consentDate: '2002-08-21',
      consentKind: 'ratification',
    }),
    record('CHL', {
      signatureDate: '2002-12-09',
      consentDate: '2004-11-29',
      consentKind: 'ratification',
    }),
    record('AFG', { consentKind: 'accession' }),
  ];
  const row = (
    name: string,
    signatureDate: string | null,
    consent: UntcRow['consent'],
  ): UntcRow => ({
    ref: name,
    name,
    signatureDate,
    consent,
  });

  it('sorts each line into new party, changed, unchanged, new signatory or unmatched', () => {
    const preview = previewTreatyTable(
      [
        row('Japan', '2002-12-09', { date: '2017-07-11', kind: 'acceptance', code: 'A' }),
        row('Albania', '2000-12-12', { date: '2002-08-21', kind: 'ratification', code: null }),
        row('Chile', '2002-12-09', { date: '2004-11-30', kind: 'ratification', code: null }),
        row('Angola', '2001-01-01', null),
        row('Atlantis', null, { date: '2010-01-01', kind: 'accession', code: 'a' }),
      ],
      match,
      records,
      [],
    );
    expect(preview.participants.map((p) => [p.name, p.outcome])).toEqual([
      ['Japan', 'new_party'],
      ['Albania', 'unchanged'],
      ['Chile', 'changed'],
      ['Angola', 'new_signatory'],
      ['Atlantis', 'unmatched'],
    ]);
    expect(preview.participants[2].changes).toEqual([
      { field: 'consentDate', before: '2004-11-29', after: '2004-11-30' },
    ]);
    expect(preview.notInTable).toEqual([{ participant: 'AFG', name: 'AFG', status: 'party' }]);
    expect(preview.counts).toEqual({
      new_party: 1,
      new_signatory: 1,
      changed: 1,
      unchanged: 1,
      unmatched: 1,
    });
    expect(preview.errors).toEqual([]);
  });
});
